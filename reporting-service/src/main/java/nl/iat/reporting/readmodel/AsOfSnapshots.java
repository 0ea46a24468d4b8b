package nl.iat.reporting.readmodel;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import nl.iat.reporting.reports.AsOfTotals;
import nl.iat.reporting.reports.ReportTime;

/**
 * Takes the as-of snapshots (ADR 0302, 0304) in the background: one at the end of every business day
 * on which facts took effect, once the day has ended, each from the one before it. Each is taken in
 * its own short transaction under the read-model lock, so no event is applied meanwhile; an event
 * applied later with an earlier business date deletes the snapshots it changes (ReadModelProjector)
 * and they are taken again.
 */
@ApplicationScoped
public class AsOfSnapshots {

    /** How long one run may go on taking snapshots before it leaves the lock to the consumers. */
    private static final Duration RUN = Duration.ofSeconds(5);

    @Inject
    EntityManager entityManager;

    @Inject
    ReadModelProjector projector;

    @Inject
    AsOfTotals totals;

    @Scheduled(every = "${iat.reports.snapshot-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void takeDue() {
        long until = System.nanoTime() + RUN.toNanos();
        while (System.nanoTime() < until && takeNext()) {
            // one snapshot per transaction
        }
    }

    /** Takes the next due snapshot; false when none is due or the read models are locked (a rebuild runs). */
    public boolean takeNext() {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!projector.tryLockReadModels()) {
                return false;
            }
            List<?> due = entityManager.createNativeQuery("""
                    with b as (select coalesce(max(business_day), '-infinity') as day from as_of_snapshot)
                    select least(
                        (select min(effective_on) from allocation_change where effective_on > (select day from b)),
                        (select min(effective_on) from spending_change where effective_on > (select day from b)),
                        (select min(effective_on) from measure_version where effective_on > (select day from b)))""",
                    LocalDate.class).getResultList();
            LocalDate day = due.isEmpty() ? null : (LocalDate) due.get(0);
            if (day == null || !day.isBefore(ReportTime.today())) {
                return false; // nothing due, or a day still running
            }
            totals.snapshot(day);
            return true;
        });
    }
}
