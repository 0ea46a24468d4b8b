package nl.iat.budget.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.budget.MeasureEventData;
import nl.iat.contracts.EventContracts;
import nl.iat.platform.events.IdempotentConsumer;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TestEvents;
import nl.iat.testing.TopicReader;
import nl.iat.testing.Waits;
import org.junit.jupiter.api.Test;

/**
 * The local copy of the measures follows the measure events (their contracts' examples) from the real broker,
 * their classification included (ADR 0016; an event from before it is PUBLIC).
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class MeasureCopyTest {

    private static final String TOPIC = "iat.measures.events";
    private static final String SOURCE = "urn:nld:iat:measures";
    private static final String REGISTERED = "nl.iat.measures.registered.v1";
    private static final String STATUS_CHANGED = "nl.iat.measures.status-changed.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotentConsumer idempotentConsumer;

    @Test
    void followsNewerStatesIgnoresOlderOnesAndDuplicates() {
        String id = UUID.randomUUID().toString();
        TestEvents.publish(TOPIC, SOURCE, REGISTERED, id, 1, measure(REGISTERED, id, "PROPOSED", 1));
        String approvedEventId = TestEvents.publish(TOPIC, SOURCE, STATUS_CHANGED, id, 2,
                measure(STATUS_CHANGED, id, "APPROVED", 2));
        assertEquals("APPROVED", awaitStatus(id, "APPROVED"));

        // a stale state arriving late changes nothing
        TestEvents.publish(TOPIC, SOURCE, "nl.iat.measures.changed.v1", id, 1,
                measure("nl.iat.measures.changed.v1", id, "CANCELLED", 1));
        // a redelivery of an event already applied is recognised by its id and changes nothing
        TestEvents.publish(TOPIC, approvedEventId, SOURCE, STATUS_CHANGED, id, 3,
                measure(STATUS_CHANGED, id, "COMPLETED", 3));
        String marker = UUID.randomUUID().toString();
        TestEvents.publish(TOPIC, SOURCE, REGISTERED, marker, 1, measure(REGISTERED, marker, "PROPOSED", 1));
        awaitStatus(marker, "PROPOSED");

        assertEquals("APPROVED", status(id));
    }

    @Test
    void aMeasureEventThatCannotBeAppliedIsDeadLetteredAndCounted() throws Exception {
        double before = idempotentConsumer.deadLettered(MeasureEventsConsumer.CONSUMER);
        String id = UUID.randomUUID().toString();
        ObjectNode incomplete = (ObjectNode) JSON.readTree(measure(REGISTERED, id, "PROPOSED", 1));
        incomplete.remove(List.of("code", "status"));
        assertFalse(EventContracts.errors(REGISTERED, incomplete).isEmpty(), "no producer may send it");
        String eventId = TestEvents.publish(TOPIC, SOURCE, REGISTERED, id, 1, incomplete.toString());

        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), "iat.budget.dead-letter")) {
            var dead = reader.readUntil(r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
            assertEquals(1, dead.size(), "the event is kept on the dead-letter topic, not dropped");
            assertEquals(eventId, TopicReader.header(dead.get(0), "ce_id"));
        }
        assertEquals(before + 1, idempotentConsumer.deadLettered(MeasureEventsConsumer.CONSUMER));
        assertEquals(null, status(id));
        // the consumer goes on with the next event
        String next = UUID.randomUUID().toString();
        TestEvents.publish(TOPIC, SOURCE, REGISTERED, next, 1, measure(REGISTERED, next, "PROPOSED", 1));
        assertEquals("PROPOSED", awaitStatus(next, "PROPOSED"));
    }

    @Test
    void aMeasureEventOfATypeTheBudgetServiceDoesNotKnowIsDeadLettered() {
        String id = UUID.randomUUID().toString();
        String eventId = TestEvents.publish(TOPIC, SOURCE, "nl.iat.measures.renamed.v1", id, 1,
                measure(REGISTERED, id, "PROPOSED", 1));
        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), "iat.budget.dead-letter")) {
            var dead = reader.readUntil(r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
            assertEquals(List.of(eventId), dead.stream().map(r -> TopicReader.header(r, "ce_id")).toList(),
                    "not applied as a measure, not dropped: dead-lettered (ConsumedEventTypes)");
        }
        assertEquals(null, status(id));
    }

    @Test
    void keepsTheClassificationAndTakesAnEventFromBeforeItAsPublic() throws Exception {
        String id = UUID.randomUUID().toString();
        ObjectNode older = (ObjectNode) JSON.readTree(measure(REGISTERED, id, "PROPOSED", 1));
        older.remove("classification");
        TestEvents.publish(TOPIC, SOURCE, REGISTERED, id, 1, older.toString());
        awaitStatus(id, "PROPOSED");
        assertEquals("PUBLIC", copied("classification", id));

        TestEvents.publish(TOPIC, SOURCE, STATUS_CHANGED, id, 2,
                MeasureEventData.classified(STATUS_CHANGED, UUID.fromString(id), "APPROVED", 2, "SECRET"));
        awaitStatus(id, "APPROVED");
        assertEquals("SECRET", copied("classification", id));
    }

    private String awaitStatus(String id, String expected) {
        return Waits.until(() -> status(id), expected::equals, Duration.ofSeconds(30));
    }

    private String status(String id) {
        return copied("status", id);
    }

    private String copied(String column, String id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select " + column + " from measure_copy where measure_id = cast(?1 as uuid)", String.class)
                .setParameter(1, id)
                .getResultStream().findFirst().orElse(null));
    }

    private static String measure(String type, String id, String status, long version) {
        return MeasureEventData.of(type, UUID.fromString(id), status, version);
    }
}
