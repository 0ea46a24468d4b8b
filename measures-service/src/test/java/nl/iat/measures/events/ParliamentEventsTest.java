package nl.iat.measures.events;

import static nl.iat.measures.MeasuresApi.BASE;
import static nl.iat.measures.MeasuresApi.editor;
import static nl.iat.measures.ParliamentApi.commitment;
import static nl.iat.measures.ParliamentApi.motion;
import static nl.iat.measures.ParliamentApi.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.contracts.EventContracts;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Commitments and motions reach iat.parliament.events, keyed by their id with their version as sequence, match
 * the contracts of their types, and never reach iat.measures.events (which the budget-service reads).
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ParliamentEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void commitmentsAndMotionsArePublishedOnTheirOwnTopicWithTheirFullState() throws Exception {
        Map<String, Object> body = commitment(number("TZ202001-"));
        String commitmentId = editor().body(body).post(BASE + "/commitments").then().statusCode(201).extract().path("id");
        body.put("status", "PARTLY_FULFILLED");
        editor().header("If-Match", "\"1\"").body(body).put(BASE + "/commitments/" + commitmentId).then().statusCode(200);
        String motionId = editor().body(motion(number("2020Z"))).post(BASE + "/motions").then().statusCode(201)
                .extract().path("id");

        List<ConsumerRecord<String, String>> commitmentEvents = read(ParliamentEventType.TOPIC, commitmentId, 3, 8);
        assertEquals(2, commitmentEvents.size());
        for (int i = 0; i < commitmentEvents.size(); i++) {
            ConsumerRecord<String, String> record = commitmentEvents.get(i);
            Map<String, String> ce = TopicReader.cloudEventAttributes(record);
            assertEquals("nl.iat.parliament.commitments.set.v1", ce.get("type"));
            assertEquals(String.valueOf(i + 1), ce.get("sequence"), "sequence is the commitment's version");
            assertEquals("urn:nld:iat:measures", ce.get("source"));
            assertEquals(commitmentId, ce.get("subject"));
            EventContracts.assertValid(ce.get("type"), record.value());
        }
        JsonNode changed = JSON.readTree(commitmentEvents.get(1).value());
        assertEquals("PARTLY_FULFILLED", changed.get("status").asText());
        assertTrue(changed.get("portalId").isNull(), "entered by hand");
        assertEquals("measure-editor-client", changed.get("changedBy").asText());

        List<ConsumerRecord<String, String>> motionEvents = read(ParliamentEventType.TOPIC, motionId, 2, 8);
        assertEquals(1, motionEvents.size());
        assertEquals("nl.iat.parliament.motions.set.v1", TopicReader.header(motionEvents.get(0), "ce_type"));
        EventContracts.assertValid("nl.iat.parliament.motions.set.v1", motionEvents.get(0).value());

        assertTrue(read("iat.measures.events", commitmentId, 1, 3).isEmpty(), "not on the measures' topic");
        assertTrue(read("iat.measures.events", motionId, 1, 3).isEmpty(), "not on the measures' topic");
    }

    /** The records of a key, waiting for up to atMost of them (one more than expected, so an extra one would show). */
    private static List<ConsumerRecord<String, String>> read(String topic, String key, int atMost, int seconds) {
        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), topic)) {
            return reader.readUntil(r -> key.equals(r.key()), atMost, Duration.ofSeconds(seconds));
        }
    }
}
