package nl.iat.platform.events;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Measures one consumer group's lag against the broker: in messages (latest offsets minus the
 * group's committed ones) and in seconds (the age of the oldest message not yet consumed, from the
 * timestamp of the record at the committed offset: when its producer sent it). Not thread-safe:
 * one caller at a time.
 */
public final class LagProbe implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** A group's lag: messages behind, and the age in seconds of the oldest of them (0 when none). */
    public record Lag(long messages, double seconds) {
    }

    private final String bootstrapServers;
    private Admin admin;
    private KafkaConsumer<byte[], byte[]> reader;

    public LagProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public Lag measure(String group, Set<String> topics) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin().listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        long messages = 0;
        Map<TopicPartition, Long> firstUnconsumed = new HashMap<>();
        for (Map.Entry<TopicPartition, Long> latest : latestOffsets(topics).entrySet()) {
            OffsetAndMetadata offset = committed.get(latest.getKey());
            long next = offset == null ? 0 : offset.offset(); // never committed: from the start
            if (latest.getValue() > next) {
                messages += latest.getValue() - next;
                firstUnconsumed.put(latest.getKey(), next);
            }
        }
        return new Lag(messages, oldestAgeSeconds(firstUnconsumed));
    }

    private Map<TopicPartition, Long> latestOffsets(Set<String> topics) throws Exception {
        List<TopicPartition> partitions = admin().describeTopics(topics).allTopicNames()
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
        return admin().listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** Reads the first unconsumed record of each lagging partition and returns the oldest one's age. */
    private double oldestAgeSeconds(Map<TopicPartition, Long> firstUnconsumed) {
        if (firstUnconsumed.isEmpty()) {
            return 0;
        }
        KafkaConsumer<byte[], byte[]> consumer = reader();
        consumer.assign(firstUnconsumed.keySet());
        firstUnconsumed.forEach(consumer::seek);
        Map<TopicPartition, Long> timestamps = new HashMap<>();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (timestamps.size() < firstUnconsumed.size() && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                timestamps.putIfAbsent(new TopicPartition(record.topic(), record.partition()), record.timestamp());
            }
        }
        long oldest = timestamps.values().stream().mapToLong(Long::longValue).min().orElse(Instant.now().toEpochMilli());
        return Math.max(0, Instant.now().toEpochMilli() - oldest) / 1000.0;
    }

    private Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            admin = Admin.create(props);
        }
        return admin;
    }

    /** A reader outside any group: it commits nothing and never disturbs the consumers. */
    private KafkaConsumer<byte[], byte[]> reader() {
        if (reader == null) {
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "50");
            reader = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        }
        return reader;
    }

    @Override
    public void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
        if (reader != null) {
            reader.close(Duration.ofSeconds(1));
        }
    }
}
