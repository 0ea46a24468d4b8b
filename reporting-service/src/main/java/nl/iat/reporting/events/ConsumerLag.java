package nl.iat.reporting.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The consumer lag: how many events on the measure and budget topics the reports have not applied
 * yet (latest offsets minus the consumer group's committed offsets). Measured every few seconds,
 * exposed as the gauge {@code iat.reports.consumer.lag} and in every report's metadata.
 */
@Startup
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);
    private static final long NOT_MEASURED = -1;

    @Inject
    ConsumedTopics topics;

    @ConfigProperty(name = "mp.messaging.incoming.measure-events.group.id")
    String groupId;

    @Inject
    MeterRegistry registry;

    private final AtomicLong lag = new AtomicLong(NOT_MEASURED);
    private Admin admin;
    private volatile boolean failing;

    @PostConstruct
    void registerGauge() {
        Gauge.builder("iat.reports.consumer.lag", lag, AtomicLong::get)
                .description("Events on the measure and budget topics not yet applied to the reports (-1: not measured yet)")
                .tag("group", groupId)
                .register(registry);
    }

    /** The last measured lag, or null before the first measurement. */
    public Long current() {
        long value = lag.get();
        return value == NOT_MEASURED ? null : value;
    }

    @Scheduled(every = "${iat.reports.lag-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        try {
            lag.set(measureNow());
            failing = false;
        } catch (Exception e) {
            if (!failing) { // once per failure streak, not every few seconds
                LOG.warnf("Consumer lag not measurable: %s", e.getMessage());
            }
            failing = true;
        }
    }

    long measureNow() throws Exception {
        Admin client = admin();
        Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
        List<TopicPartition> partitions = client.describeTopics(topics.names()).allTopicNames()
                .get(5, TimeUnit.SECONDS).values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> latest = client.listOffsets(
                partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .all().get(5, TimeUnit.SECONDS);
        long total = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            total += Math.max(0, latest.get(partition).offset() - (offset == null ? 0 : offset.offset()));
        }
        return total;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, topics.bootstrapServers());
            admin = Admin.create(props);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
