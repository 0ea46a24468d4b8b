package nl.iat.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import nl.iat.platform.events.IncomingEvent;
import nl.iat.reporting.budget.BudgetEvents;
import nl.iat.reporting.measures.MeasureState;
import nl.iat.reporting.reports.AsOfAggregates;

/**
 * Applies one consumed event to the event history and the read models, inside the caller's
 * transaction. The event is read and checked first, so an unprocessable event changes nothing.
 * Read-model updates of both topics are serialised by one transaction-scoped advisory lock: money
 * of a measure and the measure's own groups are then never updated from two threads at once. An
 * applied event deletes the as-of snapshots at or after its time, which it changes (ADR 0302).
 */
@ApplicationScoped
public class ReadModelProjector {

    /** Advisory lock key of the read models ("IATREPRT"). */
    static final long READ_MODEL_LOCK = 0x4941545245505254L;

    @Inject
    EntityManager entityManager;

    @Inject
    EventHistory history;

    @Inject
    EventData data;

    @Inject
    MeasureProjection measures;

    @Inject
    BudgetProjection budget;

    @Inject
    AsOfAggregates asOfAggregates;

    public void project(IncomingEvent event) {
        Runnable application = applicationOf(event);
        lockReadModels();
        if (history.appendIfNew(event)) {
            application.run();
            asOfAggregates.invalidateFrom(event.time());
        }
    }

    /** Reads and checks the event; throws IllegalArgumentException when it cannot be applied. */
    private Runnable applicationOf(IncomingEvent event) {
        Object data = checkedData(event);
        if (data instanceof MeasureState state) {
            return () -> measures.apply(state, event);
        }
        if (data instanceof BudgetEvents.EnvelopeSet envelope) {
            return () -> budget.envelopeSet(envelope, event);
        }
        if (data instanceof BudgetEvents.BudgetLineSet line) {
            return () -> budget.budgetLineSet(line, event);
        }
        if (data instanceof BudgetEvents.LedgerEntryRecorded entry) {
            return () -> budget.ledgerEntryRecorded(entry, event);
        }
        BudgetEvents.SpendingRecorded spending = (BudgetEvents.SpendingRecorded) data;
        return () -> budget.spendingRecorded(spending, event);
    }

    /** The event's data as its checked contract record; throws IllegalArgumentException when it is unprocessable. */
    Object checkedData(IncomingEvent event) {
        if (event.subject() == null || event.subject().isBlank()) {
            throw new IllegalArgumentException("Event " + event.id() + " has no subject");
        }
        String type = event.type() == null ? "" : event.type();
        return switch (type) {
            case "nl.iat.measures.registered.v1", "nl.iat.measures.changed.v1", "nl.iat.measures.status-changed.v1",
                    "nl.iat.measures.assessment-revised.v1" -> data.read(event, MeasureState.class).requireComplete();
            case "nl.iat.budget.envelopes.set.v1" -> data.read(event, BudgetEvents.EnvelopeSet.class).requireComplete();
            case "nl.iat.budget.budget-lines.set.v1" ->
                data.read(event, BudgetEvents.BudgetLineSet.class).requireComplete();
            case "nl.iat.budget.ledger-entries.recorded.v1" ->
                data.read(event, BudgetEvents.LedgerEntryRecorded.class).requireComplete();
            case "nl.iat.budget.spending.recorded.v1" ->
                data.read(event, BudgetEvents.SpendingRecorded.class).requireComplete();
            // A type this service does not know is not dropped silently: it is dead-lettered, and a
            // rebuild after an upgrade that knows the type applies it from the topic.
            default -> throw new IllegalArgumentException("Event type " + type + " is not known to the reports");
        };
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
