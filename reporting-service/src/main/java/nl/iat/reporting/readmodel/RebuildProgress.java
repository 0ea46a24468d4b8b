package nl.iat.reporting.readmodel;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * How far a running rebuild is, as gauges: {@code iat.reports.rebuild.records.planned} (records on the
 * topics up to their end offsets at its start), {@code iat.reports.rebuild.records.processed} (of
 * those, written or skipped so far) and {@code iat.reports.rebuild.running} (1 while one runs). The
 * last rebuild's figures stay after it ends, so a dashboard shows how it finished.
 */
@Startup
@ApplicationScoped
public class RebuildProgress {

    private final AtomicLong planned = new AtomicLong();
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong running = new AtomicLong();

    @Inject
    MeterRegistry registry;

    @PostConstruct
    void registerGauges() {
        Gauge.builder("iat.reports.rebuild.records.planned", planned, AtomicLong::get)
                .description("Records the current or last rebuild reads from the topics").register(registry);
        Gauge.builder("iat.reports.rebuild.records.processed", processed, AtomicLong::get)
                .description("Records the current or last rebuild has written or skipped").register(registry);
        Gauge.builder("iat.reports.rebuild.running", running, AtomicLong::get)
                .description("1 while a rebuild runs, else 0").register(registry);
    }

    void started() {
        planned.set(0);
        processed.set(0);
        running.set(1);
    }

    /** The reader knows how many records there are once it has the topics' offsets. */
    void planned(long records) {
        planned.set(records);
    }

    void processed(long records) {
        processed.addAndGet(records);
    }

    void finished() {
        running.set(0);
    }
}
