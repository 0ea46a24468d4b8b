package nl.iat.measures.rest;

import static nl.iat.measures.MeasuresApi.BASE;
import static nl.iat.measures.MeasuresApi.as;
import static nl.iat.measures.MeasuresApi.editor;
import static nl.iat.measures.MeasuresApi.measure;
import static nl.iat.measures.MeasuresApi.registerId;
import static nl.iat.measures.MeasuresApi.unique;
import static nl.iat.measures.ParliamentApi.commitment;
import static nl.iat.measures.ParliamentApi.motion;
import static nl.iat.measures.ParliamentApi.number;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.measures.ParliamentApi;
import nl.iat.platform.security.Roles;
import nl.iat.testing.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

/** Commitments and motions entered and changed by hand: ETags, links to measures, business time, filters, roles. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class CommitmentsAndMotionsTest {

    @Test
    void aCommitmentIsEnteredChangedWithItsETagAndKeepsItsHistory() {
        String measureId = registerId(measure(unique("Toezegging")));
        Map<String, Object> body = commitment(number("TZ201801-"));
        body.put("measureIds", List.of(measureId));
        String id = editor().body(body).post(BASE + "/commitments").then().statusCode(201)
                .header("ETag", "\"1\"").header("Location", startsWith(BASE + "/commitments/"))
                .body("status", equalTo("OPEN")).body("flagged", equalTo(false)).body("overdue", equalTo(true))
                .body("portalId", equalTo(null)).body("measureIds", contains(measureId))
                .extract().path("id");

        body.put("status", "FULFILLED");
        body.put("fulfilledBy", "29 754, nr. 460");
        editor().body(body).put(BASE + "/commitments/" + id).then().statusCode(428);
        editor().header("If-Match", "\"7\"").body(body).put(BASE + "/commitments/" + id).then().statusCode(412);
        editor().header("If-Match", "\"1\"").body(body).put(BASE + "/commitments/" + id).then().statusCode(200)
                .header("ETag", "\"2\"").body("status", equalTo("FULFILLED")).body("overdue", equalTo(false));

        as(Roles.VIEWER).get(BASE + "/commitments/" + id + "/history").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items[0].action", equalTo("created"))
                .body("items[1].action", equalTo("changed"))
                .body("items[1].changes.field", contains("status", "fulfilledBy"))
                .body("items[1].changes[0].before", equalTo("OPEN"));
        as(Roles.VIEWER).get(BASE + "/commitments?measureId=" + measureId).then().statusCode(200)
                .body("items.id", contains(id));
    }

    @Test
    void overdueMeansOpenPastItsDueDate() {
        Map<String, Object> late = commitment(number("TZ201802-"));
        String lateId = editor().body(late).post(BASE + "/commitments").then().statusCode(201).extract().path("id");
        Map<String, Object> future = commitment(number("TZ201803-"));
        future.put("dueDate", LocalDate.now().plusYears(1).toString());
        String futureId = editor().body(future).post(BASE + "/commitments").then().statusCode(201).extract().path("id");
        Map<String, Object> done = commitment(number("TZ201804-"));
        done.put("status", "FULFILLED");
        String doneId = editor().body(done).post(BASE + "/commitments").then().statusCode(201).extract().path("id");

        as(Roles.VIEWER).get(BASE + "/commitments?overdue=true&pageSize=100").then().statusCode(200)
                .body("items.id", hasItem(lateId)).body("items.id", not(hasItem(futureId))).body("items.id", not(hasItem(doneId)));
        as(Roles.VIEWER).get(BASE + "/commitments?overdue=false&pageSize=100").then().statusCode(200)
                .body("items.id", hasItem(futureId)).body("items.id", hasItem(doneId)).body("items.id", not(hasItem(lateId)));
        as(Roles.VIEWER).get(BASE + "/commitments?overdue=soon").then().statusCode(400);
    }

    @Test
    void aLinkToAMeasureThatDoesNotExistIsRefusedNamingTheField() {
        Map<String, Object> body = commitment(number("TZ201805-"));
        body.put("measureIds", List.of("3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a11"));
        editor().body(body).post(BASE + "/commitments").then().statusCode(422)
                .contentType("application/problem+json").body("invalidParams.name", contains("measureIds[0]"));
        Map<String, Object> motionBody = motion(number("2018Z"));
        motionBody.put("measureIds", List.of(registerId(measure(unique("Motie"))), "3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a12"));
        editor().body(motionBody).post(BASE + "/motions").then().statusCode(422)
                .body("invalidParams.name", contains("measureIds[1]"));
    }

    @Test
    void businessTimeRunsForwardAndUnknownIsNotGivenByHand() {
        Map<String, Object> body = commitment(number("TZ201806-"));
        body.put("effectiveOn", "2018-02-01");
        String id = editor().body(body).post(BASE + "/commitments").then().statusCode(201)
                .body("effectiveOn", equalTo("2018-02-01")).extract().path("id");
        body.put("effectiveOn", "2018-01-31");
        editor().header("If-Match", "\"1\"").body(body).put(BASE + "/commitments/" + id).then().statusCode(422)
                .body("invalidParams.name", contains("effectiveOn"));
        body.put("effectiveOn", "2999-01-01");
        editor().header("If-Match", "\"1\"").body(body).put(BASE + "/commitments/" + id).then().statusCode(422);
        body.remove("effectiveOn");
        body.put("status", "UNKNOWN");
        editor().header("If-Match", "\"1\"").body(body).put(BASE + "/commitments/" + id).then().statusCode(422)
                .body("invalidParams.name", contains("status"));
        body.put("status", "LAPSED");
        editor().header("If-Match", "\"1\"").body(body).put(BASE + "/commitments/" + id).then().statusCode(200)
                .body("effectiveOn", equalTo(LocalDate.now(nl.iat.measures.measure.EffectiveOnRules.ZONE).toString()));
    }

    @Test
    void aMotionIsEnteredAndItsFollowUpChanged() {
        Map<String, Object> body = motion(number("2018Z"));
        body.put("decision", "ADOPTED");
        body.put("decidedOn", "2018-03-27");
        String id = editor().body(body).post(BASE + "/motions").then().statusCode(201).header("ETag", "\"1\"")
                .body("submitters", contains("Voorbeeld")).body("followUpStatus", equalTo("OPEN")).extract().path("id");
        body.put("followUpStatus", "FULFILLED");
        body.put("reportedIn", "29 754, nr. 501");
        editor().header("If-Match", "\"1\"").body(body).put(BASE + "/motions/" + id).then().statusCode(200)
                .header("ETag", "\"2\"").body("reportedIn", equalTo("29 754, nr. 501"));
        as(Roles.VIEWER).get(BASE + "/motions?decision=ADOPTED&followUpStatus=FULFILLED&pageSize=100").then().statusCode(200)
                .body("items.id", hasItem(id));
        as(Roles.VIEWER).get(BASE + "/motions/" + id + "/history").then().statusCode(200)
                .body("items[1].changes.field", contains("followUpStatus", "reportedIn"));
        Map<String, Object> undecided = motion(number("2018Z"));
        undecided.put("decidedOn", "2018-03-27");
        editor().body(undecided).post(BASE + "/motions").then().statusCode(400).body("invalidParams.name", contains("decidedOn"));
        editor().body(motion((String) body.get("number"))).post(BASE + "/motions").then().statusCode(409);
    }

    @Test
    void viewersReadButDoNotWrite() {
        String id = editor().body(commitment(number("TZ201807-"))).post(BASE + "/commitments").then().statusCode(201)
                .extract().path("id");
        as(Roles.VIEWER).get(BASE + "/commitments/" + id).then().statusCode(200);
        as(Roles.BUDGET_CONTROLLER).get(BASE + "/motions").then().statusCode(200);
        as(Roles.VIEWER).body(commitment(number("TZ201808-"))).post(BASE + "/commitments").then().statusCode(403)
                .contentType("application/problem+json");
        as(Roles.VIEWER).header("If-Match", "\"1\"").body(commitment(number("TZ201809-")))
                .put(BASE + "/commitments/" + id).then().statusCode(403);
        as(Roles.BUDGET_CONTROLLER).body(motion(number("2018Z"))).post(BASE + "/motions").then().statusCode(403);
        as(Roles.VIEWER).body(ParliamentApi.portal(ParliamentApi.TOEZEGGING_CONTEXT,
                List.of(ParliamentApi.toezegging(ParliamentApi.portalId(), number("TZ201810-"), "Openstaand"))))
                .post(BASE + "/parliament-imports").then().statusCode(403);
        as(Roles.ADMIN).body(motion(number("2018Z"))).post(BASE + "/motions").then().statusCode(201);
    }
}
