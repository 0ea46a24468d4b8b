package nl.iat.measures.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.platform.events.OutboxEvent;
import nl.iat.platform.events.OutboxWriter;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** An event written through the outbox really crosses the broker, as a CloudEvent keyed by its subject. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class OutboxRoundTripTest {

    @Inject
    OutboxWriter outbox;

    @Test
    void outboxEventIsPublishedAsCloudEventAndMarkedPublished() {
        String subject = UUID.randomUUID().toString();
        OutboxEvent written = QuarkusTransaction.requiringNew()
                .call(() -> outbox.append("nl.iat.measures.tests.v1", subject, 7, Map.of("hello", "world")));

        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), "iat.measures.events")) {
            var records = reader.readUntil(r -> subject.equals(r.key()), 1, Duration.ofSeconds(30));
            assertEquals(1, records.size(), "the event reaches the topic once");
            ConsumerRecord<String, String> record = records.get(0);
            Map<String, String> ce = TopicReader.cloudEventAttributes(record);
            assertEquals(written.eventId.toString(), ce.get("id"));
            assertEquals("urn:nld:iat:measures", ce.get("source"));
            assertEquals("nl.iat.measures.tests.v1", ce.get("type"));
            assertEquals("7", ce.get("sequence"));
            assertEquals("{\"hello\":\"world\"}", record.value());
        }
        OutboxEvent stored = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.findById(written.position));
        assertNotNull(awaitPublished(stored.position), "marked published after the broker's ack");
    }

    private Object awaitPublished(Long position) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            OutboxEvent e = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>findById(position));
            if (e.publishedAt != null) {
                return e.publishedAt;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
        return null;
    }
}
