package nl.iat.platform.events;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * The lag of every consumer group of this service (its incoming channels, {@link ConsumerGroups}),
 * measured every few seconds against the broker and exposed per {@code group} as
 * {@code iat.events.consumer.lag.seconds} (age of the oldest message not yet consumed; what the
 * alert reads) and {@code iat.events.consumer.lag.messages}. -1 until the first measurement.
 */
@Startup
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);
    private static final LagProbe.Lag NOT_MEASURED = new LagProbe.Lag(-1, -1);

    @Inject
    Config config;

    @Inject
    MeterRegistry registry;

    private Map<String, Set<String>> groups = Map.of();
    private final Map<String, LagProbe.Lag> lags = new ConcurrentHashMap<>();
    private LagProbe probe;
    private volatile boolean failing;

    @PostConstruct
    void registerGauges() {
        groups = ConsumerGroups.of(config);
        groups.keySet().forEach(group -> {
            lags.put(group, NOT_MEASURED);
            Gauge.builder("iat.events.consumer.lag.seconds", lags, l -> l.get(group).seconds())
                    .description("Age of the oldest message the group has not consumed yet (0: none; -1: not measured)")
                    .tag("group", group).register(registry);
            Gauge.builder("iat.events.consumer.lag.messages", lags, l -> l.get(group).messages())
                    .description("Messages the group has not consumed yet (-1: not measured)")
                    .tag("group", group).register(registry);
        });
        if (!groups.isEmpty()) {
            probe = new LagProbe(config.getValue("kafka.bootstrap.servers", String.class));
        }
    }

    /** The messages a group had not consumed at the last measurement; empty before the first. */
    public Optional<Long> messages(String group) {
        LagProbe.Lag lag = lags.getOrDefault(group, NOT_MEASURED);
        return lag == NOT_MEASURED ? Optional.empty() : Optional.of(lag.messages());
    }

    @Scheduled(every = "${iat.events.lag-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void measure() {
        try {
            for (Map.Entry<String, Set<String>> group : groups.entrySet()) {
                lags.put(group.getKey(), probe.measure(group.getKey(), group.getValue()));
            }
            failing = false;
        } catch (Exception e) {
            if (!failing) { // once per failure streak, not every few seconds
                LOG.warnf("Consumer lag not measurable: %s", e.getMessage());
            }
            failing = true;
        }
    }

    @PreDestroy
    void close() {
        if (probe != null) {
            probe.close();
        }
    }
}
