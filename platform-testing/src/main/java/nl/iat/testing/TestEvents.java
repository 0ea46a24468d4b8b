package nl.iat.testing;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes CloudEvents (binary mode, as the services' outbox relays do) for consumer tests. */
public final class TestEvents {

    private TestEvents() {
    }

    /** Sends one event and waits for the broker's ack; returns its id. */
    public static String publish(String topic, String source, String type, String subject, long sequence, String data) {
        String id = UUID.randomUUID().toString();
        publish(topic, id, source, type, subject, sequence, data);
        return id;
    }

    public static void publish(String topic, String id, String source, String type, String subject, long sequence,
            String data) {
        publish(topic, id, source, type, subject, sequence, OffsetDateTime.now(ZoneOffset.UTC), data);
    }

    /** Sends one event with the given {@code time} attribute (the producer's commit time), for "as of" tests. */
    public static void publish(String topic, String id, String source, String type, String subject, long sequence,
            OffsetDateTime time, String data) {
        publish(topic, id, source, type, subject, sequence, time, data, null);
    }

    /** Sends one event whose {@code ce_traceparent} is {@code traceparent} (none when null), as the relays do. */
    public static void publish(String topic, String id, String source, String type, String subject, long sequence,
            OffsetDateTime time, String data, String traceparent) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject, data);
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", id);
            header(record, "ce_source", source);
            header(record, "ce_type", type);
            header(record, "ce_subject", subject);
            // RFC 3339 always has seconds; OffsetDateTime.toString() leaves out zero seconds.
            header(record, "ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC)));
            header(record, "ce_sequence", String.valueOf(sequence));
            header(record, "content-type", "application/json");
            if (traceparent != null) {
                header(record, "ce_traceparent", traceparent);
            }
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish the test event", e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
