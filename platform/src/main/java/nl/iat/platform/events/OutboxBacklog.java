package nl.iat.platform.events;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/**
 * The outbox backlog as gauges: {@code iat.outbox.pending} (rows not yet published) and
 * {@code iat.outbox.oldest.age.seconds} (how long the oldest of them has waited). Read from the
 * database by a scheduled query every few seconds and served from memory, so a scrape never costs a
 * query however often Prometheus comes (ADR 0012). The query reads the partial index of unpublished
 * rows only.
 */
@Startup
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    /** The backlog at one moment: how many rows wait, and the age of the oldest in seconds. */
    public record Snapshot(long pending, double oldestAgeSeconds) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    private final AtomicReference<Snapshot> last = new AtomicReference<>(new Snapshot(0, 0));
    private volatile boolean failing;

    @PostConstruct
    void registerGauges() {
        Gauge.builder("iat.outbox.pending", last, s -> s.get().pending())
                .description("Outbox rows not yet published to Kafka")
                .register(registry);
        Gauge.builder("iat.outbox.oldest.age.seconds", last, s -> s.get().oldestAgeSeconds())
                .description("Seconds the oldest unpublished outbox row has waited (0 when none)")
                .register(registry);
    }

    @Scheduled(every = "${iat.outbox.metrics-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void measure() {
        try {
            last.set(QuarkusTransaction.requiringNew().call(this::query));
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) { // once per failure streak; the gauges keep their last value
                LOG.warnf("Outbox backlog not measurable: %s", e.getMessage());
            }
            failing = true;
        }
    }

    /** The last measured backlog. */
    public Snapshot current() {
        return last.get();
    }

    private Snapshot query() {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select count(*), coalesce(extract(epoch from now() - min(occurred_at)), 0)
                from outbox_event where published_at is null""").getSingleResult();
        return new Snapshot(((Number) row[0]).longValue(), Math.max(0, ((Number) row[1]).doubleValue()));
    }
}
