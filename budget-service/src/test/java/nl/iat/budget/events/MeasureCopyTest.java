package nl.iat.budget.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.platform.events.IdempotentConsumer;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TestEvents;
import nl.iat.testing.TopicReader;
import nl.iat.testing.Waits;
import org.junit.jupiter.api.Test;

/** The local copy of the measures follows the measure events from the real broker. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class MeasureCopyTest {

    private static final String TOPIC = "iat.measures.events";
    private static final String SOURCE = "urn:nld:iat:measures";

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotentConsumer idempotentConsumer;

    @Test
    void followsNewerStatesIgnoresOlderOnesAndDuplicates() {
        String id = UUID.randomUUID().toString();
        TestEvents.publish(TOPIC, SOURCE, "nl.iat.measures.registered.v1", id, 1, measure(id, "PROPOSED"));
        String approvedEventId = TestEvents.publish(TOPIC, SOURCE, "nl.iat.measures.status-changed.v1", id, 2,
                measure(id, "APPROVED"));
        assertEquals("APPROVED", awaitStatus(id, "APPROVED"));

        // a stale state arriving late changes nothing
        TestEvents.publish(TOPIC, SOURCE, "nl.iat.measures.changed.v1", id, 1, measure(id, "CANCELLED"));
        // a redelivery of an event already applied is recognised by its id and changes nothing
        TestEvents.publish(TOPIC, approvedEventId, SOURCE, "nl.iat.measures.status-changed.v1", id, 3,
                measure(id, "COMPLETED"));
        String marker = UUID.randomUUID().toString();
        TestEvents.publish(TOPIC, SOURCE, "nl.iat.measures.registered.v1", marker, 1, measure(marker, "PROPOSED"));
        awaitStatus(marker, "PROPOSED");

        assertEquals("APPROVED", status(id));
    }

    @Test
    void aMeasureEventThatCannotBeAppliedIsDeadLetteredAndCounted() {
        double before = idempotentConsumer.deadLettered(MeasureEventsConsumer.CONSUMER);
        String id = UUID.randomUUID().toString();
        String eventId = TestEvents.publish(TOPIC, SOURCE, "nl.iat.measures.registered.v1", id, 1,
                "{\"measureId\":\"" + id + "\",\"title\":\"No code, no status\"}");

        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), "iat.budget.dead-letter")) {
            var dead = reader.readUntil(r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
            assertEquals(1, dead.size(), "the event is kept on the dead-letter topic, not dropped");
            assertEquals(eventId, TopicReader.header(dead.get(0), "ce_id"));
        }
        assertEquals(before + 1, idempotentConsumer.deadLettered(MeasureEventsConsumer.CONSUMER));
        assertEquals(null, status(id));
        // the consumer goes on with the next event
        String next = UUID.randomUUID().toString();
        TestEvents.publish(TOPIC, SOURCE, "nl.iat.measures.registered.v1", next, 1, measure(next, "PROPOSED"));
        assertEquals("PROPOSED", awaitStatus(next, "PROPOSED"));
    }

    private String awaitStatus(String id, String expected) {
        return Waits.until(() -> status(id), expected::equals, Duration.ofSeconds(30));
    }

    private String status(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select status from measure_copy where measure_id = cast(?1 as uuid)", String.class)
                .setParameter(1, id)
                .getResultStream().findFirst().orElse(null));
    }

    private static String measure(String id, String status) {
        return """
                {"measureId":"%s","code":"IAT-T-%s","title":"Test measure","status":"%s"}"""
                .formatted(id, id.substring(0, 8), status);
    }
}
