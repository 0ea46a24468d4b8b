package nl.iat.reporting.freshness;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.Multi;

/**
 * Tells open dashboards that the figures changed: one cheap look at the read models' position a
 * few times a second, shared by every listener, and a notice only when it moved. Listeners then
 * revalidate the reports they show (ETag), so nothing is recomputed for them in between.
 */
@ApplicationScoped
public class FigureChanges {

    /** What a listener is told: the figures now include the events up to this position. */
    public record Notice(long position, OffsetDateTime noticedAt) {
    }

    /** A look older than this no longer stands for the current position (the scheduler stalled or is off). */
    private static final long FRESH_NANOS = java.time.Duration.ofMillis(500).toNanos();

    private final BroadcastProcessor<Notice> notices = BroadcastProcessor.create();
    private volatile long last = -1;
    private volatile long lookedAt;

    @Inject
    ReadModelPosition position;

    @Scheduled(every = "${iat.reports.change-check-interval:100ms}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void look() {
        long now = position.current();
        lookedAt = System.nanoTime();
        if (now != last) {
            last = now;
            notices.onNext(new Notice(now, OffsetDateTime.now(ZoneOffset.UTC)));
        }
    }

    /** The position last seen, then every change. */
    public Multi<Notice> stream() {
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(this::latest), notices);
    }

    /**
     * The position of the last look if it is recent (at most one look interval behind the database),
     * so that revalidating a report costs no query; empty when the looks have stopped.
     */
    public java.util.OptionalLong recentPosition() {
        long seen = last;
        return seen >= 0 && System.nanoTime() - lookedAt < FRESH_NANOS ? java.util.OptionalLong.of(seen)
                : java.util.OptionalLong.empty();
    }

    /** The position last seen (0 before the first look), without touching the database. */
    public Notice latest() {
        return new Notice(Math.max(last, 0), OffsetDateTime.now(ZoneOffset.UTC));
    }
}
