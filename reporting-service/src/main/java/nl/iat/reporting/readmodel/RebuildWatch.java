package nl.iat.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Closes this replica's {@link ReadModelGate} while any replica rebuilds (a {@code RUNNING} row in
 * {@code rebuild}, which the database keeps unique), so that its consumers wait outside a
 * transaction instead of timing out on the read-model lock. A rebuild waits
 * {@link #SETTLE_MILLIS} after it is recorded before it takes the lock, long enough for every
 * replica's watch to have looked (ADR 0305).
 */
@ApplicationScoped
public class RebuildWatch {

    static final long INTERVAL_MILLIS = 250;
    /** How long a rebuild waits for the other replicas' gates to close: a few looks of the watch. */
    public static final long SETTLE_MILLIS = 4 * INTERVAL_MILLIS;

    @Inject
    EntityManager entityManager;

    @Inject
    ReadModelGate gate;

    @Scheduled(every = "0.25s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void look() {
        gate.rebuildRunning(QuarkusTransaction.requiringNew().call(() -> (Boolean) entityManager
                .createNativeQuery("select exists (select 1 from rebuild where status = 'RUNNING')")
                .getSingleResult()));
    }
}
