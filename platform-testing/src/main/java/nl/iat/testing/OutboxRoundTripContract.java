package nl.iat.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.iat.platform.events.OutboxWriter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The contract every producing service proves against the real broker: an event written through
 * the outbox reaches the service's topic as a binary-mode CloudEvent keyed by its subject, and is
 * marked published only after that. Subclass it with {@code @QuarkusTest} and
 * {@code @WithTestResource(KafkaBrokerResource.class)}.
 */
public abstract class OutboxRoundTripContract {

    @Inject
    OutboxWriter outbox;

    @Inject
    EntityManager entityManager;

    protected abstract String topic();

    protected abstract String source();

    @Test
    void outboxEventIsPublishedAsCloudEventAndMarkedPublished() {
        String subject = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew()
                .run(() -> outbox.append("nl.iat.tests.round-trips.v1", subject, 7, Map.of("hello", "world")));

        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), topic())) {
            var records = reader.readUntil(r -> subject.equals(r.key()), 1, Duration.ofSeconds(30));
            assertEquals(1, records.size(), "the event reaches the topic once");
            ConsumerRecord<String, String> record = records.get(0);
            Map<String, String> ce = TopicReader.cloudEventAttributes(record);
            assertEquals(column(subject, "event_id").toString(), ce.get("id"));
            assertEquals(source(), ce.get("source"));
            assertEquals("nl.iat.tests.round-trips.v1", ce.get("type"));
            assertEquals(subject, ce.get("subject"));
            assertEquals("7", ce.get("sequence"));
            assertEquals("{\"hello\":\"world\"}", record.value());
        }
        assertNotNull(Waits.until(() -> column(subject, "published_at"), Objects::nonNull, Duration.ofSeconds(10)),
                "marked published after the broker's ack");
    }

    private Object column(String subject, String column) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select " + column + " from outbox_event where subject = ?1")
                .setParameter(1, subject)
                .getSingleResult());
    }
}
