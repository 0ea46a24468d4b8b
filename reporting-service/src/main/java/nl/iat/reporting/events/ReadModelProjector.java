package nl.iat.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import nl.iat.platform.events.IncomingEvent;
import nl.iat.reporting.budget.BudgetEvents;
import nl.iat.reporting.measures.MeasureState;

/**
 * Applies one consumed event to the event history and the read models, inside the caller's
 * transaction. The event is read and checked first, so an unprocessable event changes nothing.
 * Read-model updates of both topics are serialised by one transaction-scoped advisory lock: money
 * of a measure and the measure's own groups are then never updated from two threads at once.
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

    public void project(IncomingEvent event) {
        Runnable application = applicationOf(event, true);
        lockReadModels();
        applyOnce(event, application);
    }

    /** Applies the checked event unless the history has it already; the caller holds the lock. */
    boolean applyOnce(IncomingEvent event, Runnable application) {
        if (!history.appendIfNew(event)) {
            return false;
        }
        application.run();
        return true;
    }

    /**
     * Reads and checks the event; throws IllegalArgumentException when it cannot be applied. With
     * {@code aggregates} false only the facts are written (a rebuild derives the aggregates at its end).
     */
    Runnable applicationOf(IncomingEvent event, boolean aggregates) {
        if (event.subject() == null || event.subject().isBlank()) {
            throw new IllegalArgumentException("Event " + event.id() + " has no subject");
        }
        String type = event.type() == null ? "" : event.type();
        return switch (type) {
            case "nl.iat.measures.registered.v1", "nl.iat.measures.changed.v1", "nl.iat.measures.status-changed.v1",
                    "nl.iat.measures.assessment-revised.v1" -> {
                MeasureState state = data.read(event, MeasureState.class).requireComplete();
                yield () -> measures.apply(state, event, aggregates);
            }
            case "nl.iat.budget.envelopes.set.v1" -> {
                BudgetEvents.EnvelopeSet envelope = data.read(event, BudgetEvents.EnvelopeSet.class).requireComplete();
                yield () -> budget.envelopeSet(envelope, event);
            }
            case "nl.iat.budget.budget-lines.set.v1" -> {
                BudgetEvents.BudgetLineSet line = data.read(event, BudgetEvents.BudgetLineSet.class).requireComplete();
                yield () -> budget.budgetLineSet(line, event);
            }
            case "nl.iat.budget.ledger-entries.recorded.v1" -> {
                BudgetEvents.LedgerEntryRecorded entry = data.read(event, BudgetEvents.LedgerEntryRecorded.class)
                        .requireComplete();
                yield () -> budget.ledgerEntryRecorded(entry, event, aggregates);
            }
            case "nl.iat.budget.spending.recorded.v1" -> {
                BudgetEvents.SpendingRecorded spending = data.read(event, BudgetEvents.SpendingRecorded.class)
                        .requireComplete();
                yield () -> budget.spendingRecorded(spending, event, aggregates);
            }
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
}
