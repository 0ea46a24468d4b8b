package nl.iat.measures.rest;

import static io.restassured.RestAssured.given;
import static nl.iat.measures.MeasuresApi.AIVD;
import static nl.iat.measures.MeasuresApi.BASE;
import static nl.iat.measures.MeasuresApi.NCTV;
import static nl.iat.measures.MeasuresApi.POLITIE;
import static nl.iat.measures.MeasuresApi.completeHighAssessment;
import static nl.iat.measures.MeasuresApi.measure;
import static nl.iat.measures.MeasuresApi.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import nl.iat.contracts.EventContracts;
import nl.iat.measures.MeasuresApi;
import nl.iat.measures.ParliamentApi;
import nl.iat.platform.security.Roles;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TestTokens;
import nl.iat.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Classification and clearance (ADR 0016): a measure above the caller's clearance does not exist for it,
 * on every read and write and in every list; nobody classifies above their own clearance; a PUT without
 * classification keeps it; events carry it; reads of classified measures are in the append-only access log.
 * Callers of two organisations (the coordinating NCTV, and the AIVD that leads the measures here) with
 * each of the three clearances; a token without the claim is PUBLIC.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ClassificationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ORGANISATIONS = List.of(NCTV, AIVD);

    @Inject
    EntityManager entityManager;

    @Test
    void aRestrictedMeasureDoesNotExistForAPublicViewer() {
        String id = register(editor(AIVD, "RESTRICTED"), "RESTRICTED");
        String milestone = editor(AIVD, "RESTRICTED").body(Map.of("title", "Werving gestart", "dueDate", "2018-03-31"))
                .post(BASE + "/measures/" + id + "/milestones").then().statusCode(201).extract().path("id");
        String title = title(id);
        for (String organisation : ORGANISATIONS) {
            for (String clearance : Arrays.asList(null, "PUBLIC")) {
                Supplier<RequestSpecification> publicViewer = () -> viewer(organisation, clearance);
                hiddenLikeAnUnknownId(publicViewer, id, milestone);
                absentFromLists(publicViewer, id, title);
            }
            for (String clearance : List.of("RESTRICTED", "SECRET")) {
                viewer(organisation, clearance).get(BASE + "/measures/" + id).then().statusCode(200)
                        .body("classification", equalTo("RESTRICTED"));
                viewer(organisation, clearance).queryParam("text", title).get(BASE + "/measures").then()
                        .body("totalItems", equalTo(1)).body("items[0].classification", equalTo("RESTRICTED"));
                viewer(organisation, clearance).queryParam("measureId", id).get(BASE + "/milestones").then()
                        .body("totalItems", equalTo(1));
            }
        }
    }

    @Test
    void everyWriteToAHiddenMeasureIsTheSame404BeforeAnyOtherCheck() {
        String id = register(editor(AIVD, "RESTRICTED"), "RESTRICTED");
        String milestone = editor(AIVD, "RESTRICTED").body(Map.of("title", "Werving gestart", "dueDate", "2018-03-31"))
                .post(BASE + "/measures/" + id + "/milestones").then().statusCode(201).extract().path("id");
        String before = snapshot(id);
        // the lead's own editor with the right ETag, another organisation's editor (else 403), a stale ETag (else 412)
        for (Supplier<RequestSpecification> writer : List.<Supplier<RequestSpecification>>of(() -> editor(AIVD, null),
                () -> editor(POLITIE, null), () -> editor(NCTV, "PUBLIC"))) {
            for (String etag : List.of("\"2\"", "\"1\"")) {
                for (Function<String, ValidatableResponse> write : writes(writer, milestone, etag)) {
                    hiddenLikeAnUnknownId(write, id);
                }
            }
        }
        assertEquals(before, snapshot(id), "nothing changed");
    }

    @Test
    void aSecretMeasureIsHiddenFromARestrictedViewer() {
        String id = register(editor(AIVD, "SECRET"), "SECRET");
        String title = title(id);
        for (String organisation : ORGANISATIONS) {
            hiddenLikeAnUnknownId(() -> viewer(organisation, "RESTRICTED"), id, null);
            absentFromLists(() -> viewer(organisation, "RESTRICTED"), id, title);
            viewer(organisation, "SECRET").get(BASE + "/measures/" + id + "/history").then().statusCode(200)
                    .body("totalItems", equalTo(1));
            viewer(organisation, "SECRET").queryParam("text", title).get(BASE + "/measures").then()
                    .body("totalItems", equalTo(1));
        }
    }

    @Test
    void nobodyClassifiesAboveTheirOwnClearance() {
        String title = unique("Te geheim");
        Map<String, Object> secret = measure(title);
        secret.put("classification", "SECRET");
        editor(AIVD, "RESTRICTED").body(secret).post(BASE + "/measures").then().statusCode(403)
                .contentType("application/problem+json").body("invalidParams.name", contains("classification"));
        editor(AIVD, null).body(withClassification(measure(title), "RESTRICTED")).post(BASE + "/measures").then().statusCode(403)
                .body("invalidParams.name", contains("classification"));
        viewer(NCTV, "SECRET").queryParam("text", title).get(BASE + "/measures").then().body("totalItems", equalTo(0));

        String id = register(editor(AIVD, "RESTRICTED"), "RESTRICTED");
        String before = snapshot(id);
        editor(AIVD, "RESTRICTED").header("If-Match", "\"1\"").body(withClassification(measure(title(id)), "SECRET"))
                .put(BASE + "/measures/" + id).then().statusCode(403)
                .body("invalidParams.name", contains("classification"));
        assertEquals(before, snapshot(id), "a refused classification changes nothing");
    }

    @Test
    void aPutWithoutClassificationKeepsItAndTheHistoryRecordsAChange() {
        String id = register(editor(AIVD, "RESTRICTED"), "RESTRICTED");
        Map<String, Object> without = measure(title(id) + " (gewijzigd)");
        editor(AIVD, "RESTRICTED").header("If-Match", "\"1\"").body(without).put(BASE + "/measures/" + id).then()
                .statusCode(200).body("classification", equalTo("RESTRICTED")).body("version", equalTo(2));
        editor(AIVD, "RESTRICTED").header("If-Match", "\"2\"").body(withClassification(without, "PUBLIC"))
                .put(BASE + "/measures/" + id).then().statusCode(200).body("classification", equalTo("PUBLIC"));
        ExtractableResponse<Response> history = viewer(AIVD, null).get(BASE + "/measures/" + id + "/history").then()
                .statusCode(200).extract();
        assertEquals(List.of(), history.path("items[1].changes.findAll { it.field == 'classification' }"),
                "keeping it is no change");
        assertEquals(List.of(Map.of("field", "classification", "before", "RESTRICTED", "after", "PUBLIC")),
                history.path("items[2].changes.findAll { it.field == 'classification' }"));
        viewer(AIVD, null).queryParam("text", title(id)).get(BASE + "/measures").then().body("totalItems", equalTo(1))
                .body("items[0].classification", equalTo("PUBLIC"));
    }

    @Test
    void everyMeasureEventCarriesItsClassification() throws Exception {
        String id = register(editor(AIVD, "SECRET"), "RESTRICTED");
        editor(AIVD, "SECRET").header("If-Match", "\"1\"").body(withClassification(measure(title(id)), "SECRET"))
                .put(BASE + "/measures/" + id).then().statusCode(200);
        editor(AIVD, "SECRET").body(Map.of("title", "Eerste oplevering", "dueDate", "2018-06-30"))
                .post(BASE + "/measures/" + id + "/milestones").then().statusCode(201);
        List<ConsumerRecord<String, String>> records;
        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), "iat.measures.events")) {
            records = reader.readUntil(r -> id.equals(r.key()), 3, Duration.ofSeconds(30));
        }
        assertEquals(3, records.size());
        for (ConsumerRecord<String, String> record : records) {
            EventContracts.assertValid(TopicReader.header(record, "ce_type"), record.value());
        }
        assertEquals(List.of("RESTRICTED", "SECRET", "SECRET"), records.stream().map(r -> data(r).get("classification").asText())
                .toList());
    }

    @Test
    void readsOfClassifiedMeasuresByClearedCallersAreInTheAccessLog() {
        String id = register(editor(AIVD, "RESTRICTED"), "RESTRICTED");
        editor(AIVD, "RESTRICTED").header("If-Match", "\"1\"").body(completeHighAssessment())
                .put(BASE + "/measures/" + id + "/assessment").then().statusCode(200);
        Supplier<RequestSpecification> reader = () -> viewer(AIVD, "SECRET");
        reader.get().get(BASE + "/measures/" + id).then().statusCode(200);
        reader.get().get(BASE + "/measures/" + id + "/history").then().statusCode(200);
        reader.get().get(BASE + "/measures/" + id + "/milestones").then().statusCode(200);
        reader.get().get(BASE + "/measures/" + id + "/assessment").then().statusCode(200);
        reader.get().queryParam("text", title(id)).get(BASE + "/measures").then().body("totalItems", equalTo(1));
        viewer(AIVD, null).get(BASE + "/measures/" + id).then().statusCode(404);

        String actor = "viewer-of-" + AIVD + "-cleared-SECRET";
        ValidatableResponse log = accessLog(id);
        log.body("items.findAll { it.actor == '" + actor + "' }.operation", containsInAnyOrder("getMeasure",
                "listMeasureHistory", "listMeasureMilestones", "getAssessment", "listMeasures"))
                .body("items.findAll { it.actor == '" + actor + "' }.clearance", everyItem(equalTo("SECRET")))
                .body("items.findAll { it.actor == '" + actor + "' }.organisation", everyItem(equalTo(AIVD)))
                .body("items.classification", everyItem(equalTo("RESTRICTED")))
                .body("items.itemType", everyItem(equalTo("measure")))
                .body("items.actor", hasItem("measure-editor-of-" + AIVD + "-cleared-RESTRICTED"))
                .body("items.findAll { it.actor == 'viewer-of-" + AIVD + "' }", empty());
    }

    @Test
    void readsOfPublicMeasuresAreNotLoggedAndOnlyAdminsReadTheLog() {
        String id = register(editor(AIVD, "SECRET"), "PUBLIC");
        viewer(AIVD, "SECRET").get(BASE + "/measures/" + id).then().statusCode(200);
        viewer(AIVD, "SECRET").get(BASE + "/measures/" + id + "/history").then().statusCode(200);
        accessLog(id).body("totalItems", equalTo(0));
        for (String role : List.of(Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER)) {
            given().header("Authorization", "Bearer " + TestTokens.withClearance(role, NCTV, "SECRET"))
                    .get(BASE + "/access-log").then().statusCode(403);
        }
    }

    @Test
    void theAccessLogCannotBeChangedOrEmptied() {
        String id = register(editor(AIVD, "RESTRICTED"), "RESTRICTED");
        viewer(NCTV, "RESTRICTED").get(BASE + "/measures/" + id).then().statusCode(200);
        for (String statement : List.of("update access_log set actor = 'someone else' where item_id = '" + id + "'",
                "delete from access_log where item_id = '" + id + "'", "truncate access_log")) {
            Exception refused = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew()
                    .run(() -> entityManager.createNativeQuery(statement).executeUpdate()), statement);
            assertTrue(messages(refused).contains("access_log is append-only"), statement + ": " + messages(refused));
        }
        accessLog(id).body("totalItems", equalTo(2)).body("items.actor", containsInAnyOrder(
                "viewer-of-" + NCTV + "-cleared-RESTRICTED", "measure-editor-of-" + AIVD + "-cleared-RESTRICTED"));
    }

    @Test
    void commitmentsAndMotionsLeaveOutLinksToHiddenMeasures() {
        String hidden = register(editor(AIVD, "SECRET"), "SECRET");
        String open = register(editor(AIVD, "SECRET"), "PUBLIC");
        Supplier<RequestSpecification> keeper = () -> editor(NCTV, "SECRET");
        Map<String, Object> commitment = new HashMap<>(ParliamentApi.commitment(ParliamentApi.number("TZ201801-")));
        commitment.put("measureIds", List.of(hidden, open));
        String id = keeper.get().body(commitment).post(BASE + "/commitments").then().statusCode(201).extract().path("id");
        Map<String, Object> motion = new HashMap<>(ParliamentApi.motion(ParliamentApi.number("2018Z")));
        motion.put("measureIds", List.of(hidden, open));
        String motionId = keeper.get().body(motion).post(BASE + "/motions").then().statusCode(201).extract().path("id");

        for (String organisation : ORGANISATIONS) {
            Supplier<RequestSpecification> restricted = () -> viewer(organisation, "RESTRICTED");
            restricted.get().get(BASE + "/commitments/" + id).then().statusCode(200).body("measureIds", contains(open));
            restricted.get().get(BASE + "/motions/" + motionId).then().statusCode(200).body("measureIds", contains(open));
            restricted.get().queryParam("measureId", open).get(BASE + "/commitments").then()
                    .body("items.find { it.id == '" + id + "' }.measureIds", contains(open));
            restricted.get().queryParam("measureId", hidden).get(BASE + "/commitments").then().body("totalItems", equalTo(0));
            restricted.get().queryParam("measureId", hidden).get(BASE + "/motions").then().body("totalItems", equalTo(0));
            String history = restricted.get().get(BASE + "/commitments/" + id + "/history").then().statusCode(200)
                    .body("items[0].changes.find { it.field == 'measureIds' }.after", contains(open)).extract().asString();
            assertFalse(history.contains(hidden), "the history leaves the hidden link out too");
            viewer(organisation, "SECRET").get(BASE + "/commitments/" + id).then()
                    .body("measureIds", containsInAnyOrder(hidden, open));
            viewer(organisation, "SECRET").get(BASE + "/commitments/" + id + "/history").then()
                    .body("items[0].changes.find { it.field == 'measureIds' }.after", containsInAnyOrder(hidden, open));
        }

        // a keeper without the clearance cannot link the hidden measure, and replacing keeps its link
        commitment.put("measureIds", List.of(hidden));
        editor(NCTV, null).header("If-Match", "\"1\"").body(commitment).put(BASE + "/commitments/" + id).then()
                .statusCode(422).body("invalidParams.name", contains("measureIds[0]"));
        commitment.put("measureIds", List.of());
        editor(NCTV, null).header("If-Match", "\"1\"").body(commitment).put(BASE + "/commitments/" + id).then()
                .statusCode(200).body("measureIds", empty());
        viewer(NCTV, "SECRET").get(BASE + "/commitments/" + id).then().body("measureIds", contains(hidden));
    }

    /** Every read under the measure answers exactly what it answers for an unknown id. */
    private static void hiddenLikeAnUnknownId(Supplier<RequestSpecification> caller, String id, String milestone) {
        List<String> paths = new ArrayList<>(List.of("", "/history", "/milestones", "/assessment", "/assessment-revisions"));
        if (milestone != null) {
            paths.add("/milestones/" + milestone);
        }
        for (String path : paths) {
            hiddenLikeAnUnknownId(measure -> caller.get().get(BASE + "/measures/" + measure + path).then(), id);
        }
    }

    /** The request on the hidden measure is the 404 problem it is on an id that does not exist. */
    private static void hiddenLikeAnUnknownId(Function<String, ValidatableResponse> request, String id) {
        String unknown = UUID.randomUUID().toString();
        assertEquals(problem(request.apply(unknown), unknown, id), problem(request.apply(id), id, id));
    }

    /** The problem without what differs per request, its measure id written as {@code id}. */
    private static Map<String, Object> problem(ValidatableResponse response, String measure, String id) {
        Map<String, Object> problem = new HashMap<>(JSON.convertValue(readTree(response.statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("Measure " + measure + " does not exist"))
                .extract().asString().replace(measure, id)), Map.class));
        problem.remove("requestId");
        problem.remove("traceId");
        return problem;
    }

    private static void absentFromLists(Supplier<RequestSpecification> caller, String id, String title) {
        caller.get().queryParam("text", title).get(BASE + "/measures").then().statusCode(200)
                .body("totalItems", equalTo(0)).body("items", empty());
        caller.get().queryParam("measureId", id).get(BASE + "/milestones").then().statusCode(200)
                .body("totalItems", equalTo(0)).body("items", empty());
    }

    /** The writes of a measure (given its id) and its parts by one caller, with the given ETag where they need one. */
    private static List<Function<String, ValidatableResponse>> writes(Supplier<RequestSpecification> caller, String milestone,
            String etag) {
        return List.of(
                id -> caller.get().header("If-Match", etag).body(measure("Gewijzigd")).put(BASE + "/measures/" + id).then(),
                id -> caller.get().header("If-Match", etag).body(Map.of("title", "Klaar", "dueDate", "2018-06-30"))
                        .put(BASE + "/measures/" + id + "/milestones/" + milestone).then(),
                id -> caller.get().body(Map.of("title", "Nog een", "dueDate", "2019-06-30"))
                        .post(BASE + "/measures/" + id + "/milestones").then(),
                id -> caller.get().header("If-Match", etag).body(completeHighAssessment())
                        .put(BASE + "/measures/" + id + "/assessment").then(),
                id -> caller.get().header("If-Match", etag).body(Map.of("status", "APPROVED", "reason", "Akkoord"))
                        .post(BASE + "/measures/" + id + "/status-transitions").then());
    }

    private static String register(RequestSpecification editor, String classification) {
        return editor.body(withClassification(measure(unique("Geclassificeerd")), classification)).post(BASE + "/measures")
                .then().statusCode(201).body("classification", equalTo(classification)).extract().path("id");
    }

    private static Map<String, Object> withClassification(Map<String, Object> body, String classification) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put("classification", classification);
        return copy;
    }

    private static String title(String id) {
        return viewer(NCTV, "SECRET").get(BASE + "/measures/" + id).then().statusCode(200).extract().path("title");
    }

    private static String snapshot(String id) {
        RequestSpecification cleared = viewer(NCTV, "SECRET");
        return cleared.get(BASE + "/measures/" + id).then().statusCode(200).extract().asString()
                + viewer(NCTV, "SECRET").get(BASE + "/measures/" + id + "/history").then().statusCode(200).extract().asString();
    }

    private static ValidatableResponse accessLog(String id) {
        return MeasuresApi.as(Roles.ADMIN).queryParam("itemId", id).queryParam("pageSize", 100).get(BASE + "/access-log")
                .then().statusCode(200);
    }

    private static RequestSpecification viewer(String organisation, String clearance) {
        return caller(Roles.VIEWER, organisation, clearance);
    }

    private static RequestSpecification editor(String organisation, String clearance) {
        return caller(Roles.MEASURE_EDITOR, organisation, clearance);
    }

    /** A caller of the organisation with the clearance; null: a token without the claim. */
    private static RequestSpecification caller(String role, String organisation, String clearance) {
        String token = clearance == null ? TestTokens.forOrganisation(role, organisation)
                : TestTokens.withClearance(role, organisation, clearance);
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private static String messages(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static JsonNode data(ConsumerRecord<String, String> record) {
        return readTree(record.value());
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
