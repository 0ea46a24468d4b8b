package nl.iat.reporting.readmodel;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.iat.platform.events.EventData;
import nl.iat.platform.events.IncomingEvent;
import nl.iat.reporting.reports.AsOfTotals;
import nl.iat.reporting.events.EventHistory;
import nl.iat.reporting.events.ConsumedEventTypes;
import nl.iat.reporting.events.BusinessDates;

/**
 * Applies one consumed event to the event history and the read models, inside the caller's
 * transaction. The event is read and checked first (its type's record and handler from
 * {@link ConsumedEventTypes}), so an unprocessable event changes nothing. Read-model updates of both
 * topics are serialised by one transaction-scoped advisory lock: money of a measure and the measure's
 * own groups are then never updated from two threads at once. An applied money or measure event
 * deletes the as-of snapshots from its business date on, which it changes (ADR 0304).
 */
@ApplicationScoped
public class ReadModelProjector {

    /** Advisory lock key of the read models ("IATREPRT"): consumers, rebuild and snapshots write under it. */
    public static final long READ_MODEL_LOCK = 0x4941545245505254L;

    @Inject
    EntityManager entityManager;

    @Inject
    EventHistory history;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    @Any
    Instance<ReadModelHandler<?>> handlerBeans;

    @Inject
    AsOfTotals asOfTotals;

    private Map<String, ReadModelHandler<?>> handlers;

    @PostConstruct
    void findHandlers() {
        handlers = ConsumedEventTypes.REGISTRY.handlers(handlerBeans);
    }

    public void project(IncomingEvent event) {
        Decoded decoded = decode(event);
        lockReadModels();
        if (history.appendIfNew(event)) {
            decoded.apply();
            if (decoded.data() instanceof SnapshotFact fact) {
                asOfTotals.invalidateFrom(BusinessDates.effectiveOn(fact.businessDate(), event.time()));
            }
        }
    }

    /**
     * The event read into its type's checked record, with the handler of its type; throws
     * IllegalArgumentException when it cannot be applied. A type this service does not know is not
     * dropped silently: it is dead-lettered, and a rebuild after an upgrade that knows the type applies it.
     */
    public Decoded decode(IncomingEvent event) {
        if (event.subject() == null || event.subject().isBlank()) {
            throw new IllegalArgumentException("Event " + event.id() + " has no subject");
        }
        EventData data = ConsumedEventTypes.REGISTRY.read(event, objectMapper);
        return new Decoded(event, data, handlers.get(event.type()));
    }

    /** An event read and checked, with the handler that applies it. */
    public record Decoded(IncomingEvent event, EventData data, ReadModelHandler<?> handler) {

        /** Applies it to the live read models. The registry pairs each type's record with a handler of that record. */
        @SuppressWarnings("unchecked")
        void apply() {
            ((ReadModelHandler<EventData>) handler).apply(data, event);
        }

        /** Applies it in a rebuild: its facts only, written a poll at a time. */
        @SuppressWarnings("unchecked")
        void rebuild(RebuildFacts facts) {
            ((ReadModelHandler<EventData>) handler).rebuild(data, event, facts);
        }
    }

    void lockReadModels() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, READ_MODEL_LOCK)
                .getSingleResult();
    }

    /** Takes the read-model lock if no one holds it; false otherwise. */
    boolean tryLockReadModels() {
        return (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, READ_MODEL_LOCK)
                .getSingleResult();
    }
}
