package nl.iat.measures.rest;

import static io.restassured.RestAssured.given;
import static nl.iat.measures.MeasuresApi.BASE;
import static nl.iat.measures.MeasuresApi.editor;
import static nl.iat.measures.MeasuresApi.measure;
import static nl.iat.measures.MeasuresApi.registerId;
import static nl.iat.measures.MeasuresApi.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.iat.platform.security.Roles;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Every kind of bad request gets a problem+json 4xx and leaves measures, history and outbox as they were. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class BadInputTest {

    @Inject
    EntityManager entityManager;

    @Test
    void malformedJson() {
        refused(400, () -> editor().body("{\"title\": \"x\",").post(BASE + "/measures").then());
        refused(400, () -> editor().body("[1, 2").post(BASE + "/measures").then());
    }

    @Test
    void wrongTypes() {
        Map<String, Object> body = measure(unique("Types"));
        body.put("startDate", "1 januari 2018");
        refused(400, () -> editor().body(body).post(BASE + "/measures").then()).body("invalidParams.name", contains("startDate"));
        Map<String, Object> enumBody = measure(unique("Types"));
        enumBody.put("approach", "AGGRESSIVE");
        refused(400, () -> editor().body(enumBody).post(BASE + "/measures").then()).body("invalidParams.name", contains("approach"));
        Map<String, Object> listBody = measure(unique("Types"));
        listBody.put("partnerOrganisationIds", "NCTV");
        refused(400, () -> editor().body(listBody).post(BASE + "/measures").then());
    }

    @Test
    void missingFields() {
        Map<String, Object> body = measure(unique("Ontbrekend"));
        body.remove("title");
        body.remove("approach");
        body.remove("leadOrganisationId");
        refused(400, () -> editor().body(body).post(BASE + "/measures").then())
                .body("invalidParams.name", containsInAnyOrder("title", "approach", "leadOrganisationId"));
        refused(400, () -> editor().post(BASE + "/measures").then());
    }

    @Test
    void unknownFields() {
        Map<String, Object> body = measure(unique("Onbekend veld"));
        body.put("budgetCents", 100);
        refused(400, () -> editor().body(body).post(BASE + "/measures").then()).body("invalidParams.name", contains("budgetCents"));
    }

    @Test
    void unknownCodesAndIds() {
        Map<String, Object> body = measure(unique("Onbekende codes"));
        body.put("interventionAreaCode", "VERWERVING");
        body.put("priorityLineCode", "NOPE");
        body.put("leadOrganisationId", "3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a11");
        body.put("partnerOrganisationIds", List.of("3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a12"));
        refused(422, () -> editor().body(body).post(BASE + "/measures").then())
                .body("invalidParams.name", containsInAnyOrder("interventionAreaCode", "priorityLineCode",
                        "leadOrganisationId", "partnerOrganisationIds[0]"));
        refused(404, () -> editor().body(Map.of("title", "x", "dueDate", "2019-01-01"))
                .post(BASE + "/measures/3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a11/milestones").then());
        refused(400, () -> editor().get(BASE + "/measures/not-a-uuid").then()).body("invalidParams.name", contains("measureId"));
    }

    @Test
    void datesOutOfOrder() {
        Map<String, Object> body = measure(unique("Data"));
        body.put("startDate", "2020-01-01");
        body.put("endDate", "2019-12-31");
        refused(400, () -> editor().body(body).post(BASE + "/measures").then()).body("invalidParams.name", contains("endDate"));
        String id = registerId(measure(unique("Mijlpaal in de toekomst gedaan")));
        refused(400, () -> editor().body(Map.of("title", "x", "dueDate", "2019-01-01", "doneOn", "2999-01-01"))
                .post(BASE + "/measures/" + id + "/milestones").then()).body("invalidParams.name", contains("doneOn"));
    }

    @Test
    void overLongTexts() {
        Map<String, Object> body = measure("x".repeat(301));
        body.put("description", "y".repeat(10_001));
        refused(400, () -> editor().body(body).post(BASE + "/measures").then())
                .body("invalidParams.name", containsInAnyOrder("title", "description"));
        Map<String, Object> papers = measure(unique("Kamerstuk"));
        papers.put("parliamentaryPapers", List.of("Kamerstuk 436"));
        refused(400, () -> editor().body(papers).post(BASE + "/measures").then())
                .body("invalidParams.name", hasItem("parliamentaryPapers.<list element>"));
    }

    @Test
    void wrongContentType() {
        refused(415, () -> given().header("Authorization", TestTokens.bearer(Roles.MEASURE_EDITOR))
                .contentType("text/plain").body("title=x").post(BASE + "/measures").then());
    }

    @Test
    void oversizedBody() {
        Map<String, Object> body = measure(unique("Groot"));
        body.put("description", "z".repeat(1_100_000));
        refused(413, () -> editor().body(body).post(BASE + "/measures").then());
    }

    @Test
    void badQueryParameters() {
        refused(400, () -> editor().get(BASE + "/measures?status=FINISHED").then()).body("invalidParams.name", contains("status"));
        refused(400, () -> editor().get(BASE + "/measures?pageSize=1000").then());
        refused(400, () -> editor().get(BASE + "/measures?sort=budget").then()).body("invalidParams.name", contains("sort"));
        refused(400, () -> editor().get(BASE + "/measures?reviewDueBefore=soon").then());
        refused(400, () -> editor().get(BASE + "/milestones?overdue=yes").then());
        for (String list : List.of("/organisations?sort=kind", "/milestones?sort=title", "/threat-levels?sort=level",
                "/commitments?measureId=42", "/motions?decision=MAYBE", "/organisations?kind=CLUB")) {
            String parameter = list.substring(list.indexOf('?') + 1, list.indexOf('='));
            refused(400, () -> editor().get(BASE + list).then()).body("invalidParams.name", contains(parameter));
        }
        refused(400, () -> editor().header("Accept-Language", "??;q=x").get(BASE + "/priority-lines").then());
    }

    @Test
    void badTransitionAndAssessmentBodies() {
        String id = registerId(measure(unique("Slechte acties")));
        refused(400, () -> editor().header("If-Match", "\"1\"").body(Map.of("status", "APPROVED"))
                .post(BASE + "/measures/" + id + "/status-transitions").then()).body("invalidParams.name", contains("reason"));
        refused(400, () -> editor().header("If-Match", "\"1\"").body(Map.of("impactLevel", "EXTREME", "fundamentalRights", List.of()))
                .put(BASE + "/measures/" + id + "/assessment").then());
        refused(400, () -> editor().header("Idempotency-Key", "k".repeat(300)).body(measure(unique("Sleutel")))
                .post(BASE + "/measures").then());
    }

    /** Sends the request and checks the answer is the problem and that nothing was stored. */
    private ValidatableResponse refused(int status, Supplier<ValidatableResponse> request) {
        long[] before = counts();
        ValidatableResponse response = request.get().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status));
        long[] after = counts();
        assertEquals(before[0], after[0], "no measure was stored");
        assertEquals(before[1], after[1], "no history was written");
        assertEquals(before[2], after[2], "no event was written");
        return response;
    }

    private long[] counts() {
        return QuarkusTransaction.requiringNew().call(() -> new long[] {
                count("measure"), count("measure_history"), count("outbox_event") });
    }

    private long count(String table) {
        return ((Number) entityManager.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }
}
