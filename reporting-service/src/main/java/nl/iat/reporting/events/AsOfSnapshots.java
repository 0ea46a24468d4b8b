package nl.iat.reporting.events;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import nl.iat.reporting.reports.AsOfAggregates;

/**
 * Takes the as-of snapshots (ADR 0302) in the background: one at the end of every UTC day that has
 * facts, once the day has ended, each from the one before it. Each is taken in its own short
 * transaction under the read-model lock, so no event is applied meanwhile; an event applied later
 * with an earlier time deletes the snapshots it changes (ReadModelProjector) and they are taken again.
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
    AsOfAggregates aggregates;

    @Scheduled(every = "${iat.reports.snapshot-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
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
                    with b as (select coalesce(max(taken_at), '-infinity') as at from as_of_snapshot),
                    first as (select least(
                        (select min(occurred_at) from allocation_change where occurred_at > (select at from b)),
                        (select min(occurred_at) from spending_change where occurred_at > (select at from b)),
                        (select min(valid_from) from measure_version where valid_from > (select at from b)),
                        (select min(valid_to) from measure_version where valid_to > (select at from b))) as at)
                    select date_trunc('day', at, 'UTC')
                           + case when at = date_trunc('day', at, 'UTC') then interval '0' else interval '1 day' end
                    from first where at is not null""", OffsetDateTime.class).getResultList();
            if (due.isEmpty() || ((OffsetDateTime) due.get(0)).isAfter(OffsetDateTime.now())) {
                return false;
            }
            aggregates.snapshot((OffsetDateTime) due.get(0));
            return true;
        });
    }
}
