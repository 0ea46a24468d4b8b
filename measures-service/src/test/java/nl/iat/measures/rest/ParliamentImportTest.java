package nl.iat.measures.rest;

import static nl.iat.measures.MeasuresApi.BASE;
import static nl.iat.measures.MeasuresApi.as;
import static nl.iat.measures.MeasuresApi.editor;
import static nl.iat.measures.MeasuresApi.measure;
import static nl.iat.measures.MeasuresApi.registerId;
import static nl.iat.measures.MeasuresApi.unique;
import static nl.iat.measures.ParliamentApi.TOEZEGGING_CONTEXT;
import static nl.iat.measures.ParliamentApi.ZAAK_CONTEXT;
import static nl.iat.measures.ParliamentApi.commitment;
import static nl.iat.measures.ParliamentApi.importRecords;
import static nl.iat.measures.ParliamentApi.motie;
import static nl.iat.measures.ParliamentApi.number;
import static nl.iat.measures.ParliamentApi.portal;
import static nl.iat.measures.ParliamentApi.portalId;
import static nl.iat.measures.ParliamentApi.toezegging;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.iat.contracts.EventContracts;
import nl.iat.measures.events.ParliamentEventType;
import nl.iat.platform.security.Roles;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The import of the Tweede Kamer portal's records, on the real database and broker: idempotent by the portal's
 * Id, a change shows in the history and as an event, an unknown status is kept and flagged, and bad input is a
 * 400 (whole body) or a refused record, never half written.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ParliamentImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    @Test
    void importingTheSameRecordsTwiceGivesTheSameStateAndNoNewEvents() throws Exception {
        Map<String, Object> commitments = portal(TOEZEGGING_CONTEXT, List.of(toezegging(portalId(), number("TZ201901-"), "Openstaand")));
        Map<String, Object> motions = portal(ZAAK_CONTEXT, List.of(motie(portalId(), number("2019Z"))));
        String commitmentId = importRecords(commitments).statusCode(200).body("received", equalTo(1))
                .body("created", hasSize(1)).body("created[0].kind", equalTo("COMMITMENT"))
                .body("created[0].version", equalTo(1)).extract().path("created[0].id");
        String motionId = importRecords(motions).statusCode(200).body("created[0].kind", equalTo("MOTION"))
                .extract().path("created[0].id");
        String commitmentBefore = as(Roles.VIEWER).get(BASE + "/commitments/" + commitmentId).then().statusCode(200)
                .body("minister", equalTo("F.B.J. Grapperhaus")).body("madeOn", equalTo("2017-12-20"))
                .body("effectiveOn", equalTo("2018-01-10")).body("status", equalTo("OPEN")).extract().asString();
        String motionBefore = as(Roles.VIEWER).get(BASE + "/motions/" + motionId).then().statusCode(200)
                .body("dossierNumber", equalTo("29754")).body("submitters", contains("Voorbeeld", "Tweede"))
                .body("decision", equalTo("ADOPTED")).body("decidedOn", equalTo("2018-03-27"))
                .body("submittedOn", equalTo("2018-03-20")).extract().asString();
        long[] before = counts();

        importRecords(commitments).statusCode(200).body("created", empty()).body("updated", empty())
                .body("unchanged[0].id", equalTo(commitmentId)).body("unchanged[0].version", equalTo(1));
        importRecords(motions).statusCode(200).body("unchanged[0].id", equalTo(motionId));

        assertEquals(List.of(before[0], before[1], before[2], before[3]), List.of(counts()[0], counts()[1], counts()[2], counts()[3]),
                "nothing written: no record, no history, no event");
        assertEquals(commitmentBefore, as(Roles.VIEWER).get(BASE + "/commitments/" + commitmentId).then().extract().asString());
        assertEquals(motionBefore, as(Roles.VIEWER).get(BASE + "/motions/" + motionId).then().extract().asString());
        assertEquals(List.of("1"), sequences(eventsOf(commitmentId, 1)), "one event for two imports");
        assertEquals(List.of("1"), sequences(eventsOf(motionId, 1)));
    }

    @Test
    void aChangedStatusShowsInTheHistoryAndAsAnEventAndTheMinistrysLinksStay() throws Exception {
        String id = portalId();
        Map<String, Object> record = toezegging(id, number("TZ201902-"), "Openstaand");
        String commitmentId = importRecords(portal(TOEZEGGING_CONTEXT, List.of(record))).statusCode(200)
                .extract().path("created[0].id");
        String measureId = registerId(measure(unique("Beantwoordt toezegging")));
        Map<String, Object> linked = commitment((String) record.get("Nummer"));
        linked.put("text", record.get("Tekst"));
        linked.put("madeOn", "2017-12-20");
        linked.put("minister", "F.B.J. Grapperhaus");
        linked.put("activityNumber", "2017A04123");
        linked.put("measureIds", List.of(measureId));
        linked.put("effectiveOn", "2018-01-10");
        editor().header("If-Match", "\"1\"").body(linked).put(BASE + "/commitments/" + commitmentId).then().statusCode(200);

        Map<String, Object> fulfilled = new HashMap<>(record);
        fulfilled.put("Status", "Afgedaan");
        fulfilled.put("KamerbriefNakoming", "29 754, nr. 460");
        fulfilled.put("GewijzigdOp", "2018-05-28T09:00:00+02:00");
        fulfilled.put("AnotherNewField", List.of(1, 2));
        importRecords(portal(TOEZEGGING_CONTEXT, List.of(fulfilled))).statusCode(200)
                .body("updated[0].id", equalTo(commitmentId)).body("updated[0].version", equalTo(3));

        as(Roles.VIEWER).get(BASE + "/commitments/" + commitmentId).then().statusCode(200)
                .body("status", equalTo("FULFILLED")).body("portalStatus", equalTo("Afgedaan"))
                .body("measureIds", contains(measureId)).body("effectiveOn", equalTo("2018-05-28"));
        as(Roles.VIEWER).get(BASE + "/commitments/" + commitmentId + "/history").then().statusCode(200)
                .body("items.action", contains("created-by-import", "changed", "changed-by-import"))
                .body("items[2].effectiveOn", equalTo("2018-05-28"))
                .body("items[2].changes.field", contains("status", "portalStatus", "fulfilledBy"))
                .body("items[2].changes[0].before", equalTo("OPEN")).body("items[2].changes[0].after", equalTo("FULFILLED"));

        List<ConsumerRecord<String, String>> events = eventsOf(commitmentId, 3);
        assertEquals(List.of("1", "2", "3"), sequences(events));
        JsonNode last = JSON.readTree(events.get(2).value());
        assertEquals("FULFILLED", last.get("status").asText());
        assertEquals("29 754, nr. 460", last.get("fulfilledBy").asText());
        assertEquals(measureId, last.get("measureIds").get(0).asText());
    }

    @Test
    void anUnknownStatusIsKeptAndFlagged() throws Exception {
        String commitmentId = importRecords(portal(TOEZEGGING_CONTEXT,
                List.of(toezegging(portalId(), number("TZ201903-"), "Niet nagekomen")))).statusCode(200)
                .body("created[0].flagged", equalTo(true)).extract().path("created[0].id");
        as(Roles.VIEWER).get(BASE + "/commitments/" + commitmentId).then().statusCode(200)
                .body("status", equalTo("UNKNOWN")).body("portalStatus", equalTo("Niet nagekomen")).body("flagged", equalTo(true));
        as(Roles.VIEWER).get(BASE + "/commitments?status=UNKNOWN&pageSize=100").then().statusCode(200)
                .body("items.id", hasItem(commitmentId));
        JsonNode event = JSON.readTree(eventsOf(commitmentId, 1).get(0).value());
        assertEquals("UNKNOWN", event.get("status").asText());
        assertEquals("Niet nagekomen", event.get("portalStatus").asText());
    }

    @Test
    void aBodyThatIsNotAListOfRecordsIsRefusedWhole() {
        refused(400, () -> editor().body("{\"value\": [").post(BASE + "/parliament-imports").then());
        refused(400, () -> importRecords(Map.of("value", List.of()))).body("invalidParams.name", contains("value"));
        refused(400, () -> importRecords(Map.of("value", "Toezegging"))).body("invalidParams.name", contains("value"));
        refused(400, () -> importRecords(Map.of("records", List.of(Map.of("Id", "x"))))).body("invalidParams.name", contains("value"));
        refused(400, () -> importRecords(portal("https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Document",
                List.of(toezegging(portalId(), number("TZ201904-"), "Openstaand"))))).body("invalidParams.name", contains("@odata.context"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(Map.of("Id", "x"));
        }
        refused(400, () -> importRecords(Map.of("value", tooMany))).body("invalidParams.name", contains("value"));
    }

    @Test
    void tenMegabytesOfRecordsAreTooLarge() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Map<String, Object> record = toezegging(portalId(), "TZ2019-" + i, "Openstaand");
            record.put("Tekst", "t".repeat(1000));
            records.add(record);
        }
        refused(413, () -> importRecords(portal(TOEZEGGING_CONTEXT, records)));
    }

    @Test
    void aRecordThatCannotBeReadIsRefusedWithItsReasonsAndTheOthersAreKept() {
        Map<String, Object> wrongTypes = toezegging(portalId(), number("TZ201905-"), "Openstaand");
        wrongTypes.put("Tekst", 42);
        wrongTypes.put("Aanmaakdatum", "20 december 2017");
        Map<String, Object> deleted = toezegging(portalId(), number("TZ201906-"), "Openstaand");
        deleted.put("Verwijderd", true);
        Map<String, Object> good = toezegging(portalId(), number("TZ201907-"), "Openstaand");
        long[] before = counts();

        importRecords(portal(TOEZEGGING_CONTEXT, List.of(wrongTypes, deleted, good))).statusCode(200)
                .body("received", equalTo(3)).body("created", hasSize(1)).body("created[0].index", equalTo(2))
                .body("refused.index", contains(0, 1))
                .body("refused[0].reasons.name", contains("value[0].Tekst", "value[0].Aanmaakdatum"))
                .body("refused[0].portalId", equalTo(wrongTypes.get("Id")))
                .body("refused[1].reasons.name", contains("value[1].Verwijderd"));

        long[] after = counts();
        assertEquals(before[0] + 1, after[0], "only the good record was written");
        assertEquals(before[2] + 1, after[2], "one history entry");
        assertEquals(before[3] + 1, after[3], "one event");

        Map<String, Object> amendement = motie(portalId(), number("2019Z"));
        amendement.put("Soort", "Amendement");
        Map<String, Object> noDossier = motie(portalId(), number("2019Z"));
        noDossier.remove("Kamerstukdossier");
        noDossier.put("Volgnummer", "vier");
        importRecords(portal(ZAAK_CONTEXT, List.of(amendement, noDossier))).statusCode(200)
                .body("created", empty()).body("refused[0].reasons.name", contains("value[0].Soort"))
                .body("refused[1].reasons.name", containsInAnyOrder("value[1].Volgnummer", "value[1].Kamerstukdossier"));
        assertEquals(after[1], counts()[1], "no motion written");
    }

    @Test
    void aPortalNumberHeldByACommitmentEnteredByHandIsRefused() {
        String taken = number("TZ201908-");
        editor().body(commitment(taken)).post(BASE + "/commitments").then().statusCode(201);
        importRecords(portal(TOEZEGGING_CONTEXT, List.of(toezegging(portalId(), taken, "Openstaand")))).statusCode(200)
                .body("created", empty()).body("refused[0].reasons.name", contains("value[0].Nummer"));
    }

    /** Sends the request, checks the problem and that nothing was stored. */
    private ValidatableResponse refused(int status, Supplier<ValidatableResponse> request) {
        long[] before = counts();
        ValidatableResponse response = request.get().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status));
        long[] after = counts();
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i], after[i], "nothing written");
        }
        return response;
    }

    private long[] counts() {
        return QuarkusTransaction.requiringNew().call(() -> new long[] {
                count("commitment"), count("motion"), count("parliament_history"), count("outbox_event") });
    }

    private long count(String table) {
        return ((Number) entityManager.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    /** The events of one record on iat.parliament.events: waits for one more than expected, so an extra one would show. */
    static List<ConsumerRecord<String, String>> eventsOf(String id, int expected) {
        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), ParliamentEventType.TOPIC)) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(r -> id.equals(r.key()), expected + 1,
                    Duration.ofSeconds(8));
            records.forEach(r -> EventContracts.assertValid(TopicReader.header(r, "ce_type"), r.value()));
            return records;
        }
    }

    private static List<String> sequences(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> TopicReader.header(r, "ce_sequence")).toList();
    }
}
