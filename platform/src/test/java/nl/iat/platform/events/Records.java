package nl.iat.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Kafka records in CloudEvents binary mode (docs/events.md), as a consumer receives them. */
final class Records {

    static final String TOPIC = "iat.test.events";

    private Records() {
    }

    /** The attributes of a valid event; tests change or remove one. */
    static Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("ce_specversion", "1.0");
        attributes.put("ce_id", "5f0c6f2e-8a55-4c36-9a43-5d2f1b0c9e11");
        attributes.put("ce_source", "/iat/measures-service");
        attributes.put("ce_type", "nl.iat.measures.measure-registered.v1");
        attributes.put("ce_subject", "2b9d4c3e-1f0a-4e57-8c6b-7a9e0d1f2c3b");
        attributes.put("ce_time", "2024-03-01T10:30:15.5+01:00");
        attributes.put("ce_sequence", "3");
        attributes.put("content-type", "application/json");
        return attributes;
    }

    static Headers headers(Map<String, String> attributes) {
        RecordHeaders headers = new RecordHeaders();
        attributes.forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return headers;
    }

    static ConsumerRecord<String, String> record(Map<String, String> attributes, String data) {
        return record(headers(attributes), data, 0);
    }

    static ConsumerRecord<String, String> record(Headers headers, String data, long offset) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(TOPIC, 0, offset, "key", data);
        headers.forEach(header -> record.headers().add(header));
        return record;
    }
}
