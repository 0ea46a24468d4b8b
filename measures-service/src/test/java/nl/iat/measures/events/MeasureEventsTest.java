package nl.iat.measures.events;

import static nl.iat.measures.MeasuresApi.BASE;
import static nl.iat.measures.MeasuresApi.as;
import static nl.iat.measures.MeasuresApi.assess;
import static nl.iat.measures.MeasuresApi.completeHighAssessment;
import static nl.iat.measures.MeasuresApi.editor;
import static nl.iat.measures.MeasuresApi.measure;
import static nl.iat.measures.MeasuresApi.registerId;
import static nl.iat.measures.MeasuresApi.transition;
import static nl.iat.measures.MeasuresApi.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
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
import nl.iat.measures.MeasuresApi;
import nl.iat.platform.security.Roles;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Every change of a measure reaches iat.measures.events once, in order, with the measure's full new
 * state, and matches the contract of its type.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class MeasureEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aMeasuresLifeIsPublishedInOrderWithItsFullState() throws Exception {
        Map<String, Object> body = measure(unique("Gebeurtenissen"));
        String id = registerId(body);
        Map<String, Object> changed = measure(body.get("title") + " (gewijzigd)");
        editor().header("If-Match", "\"1\"").body(changed).put(BASE + "/measures/" + id).then().statusCode(200);
        editor().body(Map.of("title", "Eerste oplevering", "dueDate", "2018-06-30"))
                .post(BASE + "/measures/" + id + "/milestones").then().statusCode(201);
        assess(id, completeHighAssessment()).response().then().statusCode(200);
        transition(id, "APPROVED", "Akkoord stuurgroep").response().then().statusCode(200);

        List<ConsumerRecord<String, String>> records;
        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), "iat.measures.events")) {
            records = reader.readUntil(r -> id.equals(r.key()), 5, Duration.ofSeconds(30));
        }
        assertEquals(5, records.size(), "one event per change");
        assertEquals(List.of("nl.iat.measures.registered.v1", "nl.iat.measures.changed.v1", "nl.iat.measures.changed.v1",
                "nl.iat.measures.assessment-revised.v1", "nl.iat.measures.status-changed.v1"),
                records.stream().map(r -> TopicReader.header(r, "ce_type")).toList());
        for (int i = 0; i < records.size(); i++) {
            Map<String, String> ce = TopicReader.cloudEventAttributes(records.get(i));
            assertEquals(String.valueOf(i + 1), ce.get("sequence"), "sequence is the measure's version");
            assertEquals("urn:nld:iat:measures", ce.get("source"));
            assertEquals(id, ce.get("subject"));
            assertEquals("application/json", TopicReader.header(records.get(i), "content-type"));
            assertEquals(i + 1, data(records.get(i)).get("version").asLong());
            assertConforms(records.get(i));
        }

        JsonNode registered = data(records.get(0));
        assertEquals(id, registered.get("measureId").asText());
        assertEquals(body.get("title"), registered.get("title").asText());
        assertEquals("PROPOSED", registered.get("status").asText());
        assertEquals("NCTS-2016-2020", registered.get("frameworkCode").asText());
        assertEquals("VERWERVEN", registered.get("interventionAreaCode").asText());
        assertEquals("EARLY_DETECTION", registered.get("priorityLineCode").asText());
        assertEquals(MeasuresApi.AIVD, registered.get("leadOrganisationId").asText());
        assertEquals("AIVD", registered.get("leadOrganisationName").asText());
        assertEquals(MeasuresApi.NCTV, registered.get("partnerOrganisationIds").get(0).asText());
        assertEquals("2018-01-01", registered.get("startDate").asText());
        assertEquals("29 754, nr. 436", registered.get("parliamentaryPapers").get(0).asText());
        assertEquals("measure-editor-client", registered.get("changedBy").asText());
        assertTrue(registered.get("assessment").isNull());
        assertTrue(registered.get("previousStatus").isNull());
        assertTrue(registered.get("changedAt").asText().endsWith("Z"), "timestamps in UTC");

        assertEquals(changed.get("title"), data(records.get(1)).get("title").asText());
        JsonNode milestone = data(records.get(2)).get("milestones").get(0);
        assertEquals("Eerste oplevering", milestone.get("title").asText());
        assertEquals("2018-06-30", milestone.get("dueDate").asText());
        assertTrue(milestone.get("doneOn").isNull());

        JsonNode assessment = data(records.get(3)).get("assessment");
        assertEquals("HIGH", assessment.get("impactLevel").asText());
        assertEquals("PRIVACY", assessment.get("fundamentalRights").get(0).asText());
        assertTrue(assessment.get("complete").asBoolean());
        assertEquals("2030-01-01", assessment.get("reviewDate").asText());

        JsonNode approved = data(records.get(4));
        assertEquals("APPROVED", approved.get("status").asText());
        assertEquals("PROPOSED", approved.get("previousStatus").asText());
        assertEquals("Akkoord stuurgroep", approved.get("statusReason").asText());
        assertEquals("Eerste oplevering", approved.get("milestones").get(0).get("title").asText(), "full state, not a delta");
    }

    @Test
    void aRefusedChangePublishesNothing() throws Exception {
        String id = registerId(measure(unique("Geweigerd")));
        transition(id, "COMPLETED", "Te vroeg").response().then().statusCode(409);
        editor().header("If-Match", "\"9\"").body(measure("Oud")).put(BASE + "/measures/" + id).then().statusCode(412);
        transition(id, "APPROVED", "Akkoord").response().then().statusCode(200);
        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), "iat.measures.events")) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(r -> id.equals(r.key()), 3, Duration.ofSeconds(8));
            assertEquals(List.of("1", "2"), records.stream().map(r -> TopicReader.header(r, "ce_sequence")).toList());
            records.forEach(MeasureEventsTest::assertConforms);
        }
    }

    @Test
    void renamingALeadOrganisationReissuesItsOpenMeasuresOnly() throws Exception {
        String name = unique("Gemeente Zwolle");
        String organisation = as(Roles.ADMIN).body(Map.of("name", name, "kind", "LOCAL_GOVERNMENT"))
                .post(BASE + "/organisations").then().statusCode(201).extract().path("id");
        String open = registerId(ledBy(organisation, "Lopend"));
        String ended = registerId(ledBy(organisation, "Vervallen"));
        transition(ended, "CANCELLED", "Vervallen").response().then().statusCode(200);

        rename(organisation, "\"1\"", name + " (nieuw)", "LOCAL_GOVERNMENT");
        rename(organisation, "\"2\"", name + " (nieuw)", "BUSINESS");

        List<ConsumerRecord<String, String>> openEvents = eventsOf(open);
        assertEquals(List.of("nl.iat.measures.registered.v1", "nl.iat.measures.changed.v1"),
                openEvents.stream().map(r -> TopicReader.header(r, "ce_type")).toList(), "one event for the rename, none for the new kind");
        openEvents.forEach(MeasureEventsTest::assertConforms);
        JsonNode renamed = data(openEvents.get(1));
        assertEquals(2, renamed.get("version").asLong());
        assertEquals(name + " (nieuw)", renamed.get("leadOrganisationName").asText());
        assertEquals("admin-client", renamed.get("changedBy").asText());
        assertEquals(List.of("1", "2"), eventsOf(ended).stream().map(r -> TopicReader.header(r, "ce_sequence")).toList(),
                "an ended measure keeps the name it ended with");

        editor().get(BASE + "/measures/" + open).then().statusCode(200).header("ETag", "\"2\"")
                .body("leadOrganisation.name", equalTo(name + " (nieuw)"));
        editor().get(BASE + "/measures/" + open + "/history").then().statusCode(200)
                .body("items[1].action", equalTo("lead organisation renamed"))
                .body("items[1].changes.field", contains("leadOrganisationName"))
                .body("items[1].changes[0].before", equalTo(name));
    }

    private static Map<String, Object> ledBy(String organisationId, String title) {
        Map<String, Object> body = measure(unique(title));
        body.put("leadOrganisationId", organisationId);
        return body;
    }

    private static void rename(String organisationId, String ifMatch, String name, String kind) {
        as(Roles.ADMIN).header("If-Match", ifMatch).body(Map.of("name", name, "kind", kind))
                .put(BASE + "/organisations/" + organisationId).then().statusCode(200);
    }

    /** All events of one measure so far: waits for one more than expected, so an extra event would show. */
    private static List<ConsumerRecord<String, String>> eventsOf(String measureId) throws Exception {
        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), "iat.measures.events")) {
            return reader.readUntil(r -> measureId.equals(r.key()), 3, Duration.ofSeconds(8));
        }
    }

    /** What the producer emitted matches the contract of its type (event-contracts). */
    private static void assertConforms(ConsumerRecord<String, String> record) {
        EventContracts.assertValid(TopicReader.header(record, "ce_type"), record.value());
    }

    private static JsonNode data(ConsumerRecord<String, String> record) throws Exception {
        return JSON.readTree(record.value());
    }
}
