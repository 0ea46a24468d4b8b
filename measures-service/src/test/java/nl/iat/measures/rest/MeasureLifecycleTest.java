package nl.iat.measures.rest;

import static nl.iat.measures.MeasuresApi.BASE;
import static nl.iat.measures.MeasuresApi.assess;
import static nl.iat.measures.MeasuresApi.completeHighAssessment;
import static nl.iat.measures.MeasuresApi.editor;
import static nl.iat.measures.MeasuresApi.etag;
import static nl.iat.measures.MeasuresApi.measure;
import static nl.iat.measures.MeasuresApi.register;
import static nl.iat.measures.MeasuresApi.registerId;
import static nl.iat.measures.MeasuresApi.transition;
import static nl.iat.measures.MeasuresApi.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import nl.iat.measures.MeasuresApi;
import nl.iat.testing.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

/** A measure's whole life through the API: registration, changes, lifecycle, milestones, assessments, history. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class MeasureLifecycleTest {

    @Test
    void registersAProposedMeasureWithGeneratedCodeVersionOneAndLocation() {
        Map<String, Object> body = measure(unique("Capaciteit AIVD"));
        ExtractableResponse<Response> created = register(body);
        String id = created.path("id");
        assertEquals(BASE + "/measures/" + id, created.header("Location"));
        assertEquals("\"1\"", created.header("ETag"));

        editor().get(BASE + "/measures/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("code", matchesPattern("IAT-2018-\\d{3,}"))
                .body("status", equalTo("PROPOSED"))
                .body("version", equalTo(1))
                .body("title", equalTo(body.get("title")))
                .body("leadOrganisation.name", equalTo("AIVD"))
                .body("partnerOrganisations.name", contains("NCTV"))
                .body("allowedTransitions", contains("APPROVED", "CANCELLED"))
                .body("parliamentaryPapers", contains("29 754, nr. 436"))
                .body("createdBy", equalTo("measure-editor-client"))
                .body("assessment", nullValue());
    }

    @Test
    void aGivenCodeIsKeptAndADuplicateCodeIsAConflict() {
        String code = "IAT-T-" + System.nanoTime();
        Map<String, Object> body = measure(unique("Met code"));
        body.put("code", code);
        register(body);
        body.put("code", code.toLowerCase());
        editor().body(body).post(BASE + "/measures").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("A measure with code " + code.toLowerCase() + " already exists"));
    }

    @Test
    void updateNeedsTheCurrentETagAndRaisesTheVersion() {
        String id = registerId(measure(unique("Te wijzigen")));
        Map<String, Object> changed = measure("Gewijzigde titel");
        changed.put("interventionAreaCode", "VOORKOMEN");
        changed.put("partnerOrganisationIds", List.of(MeasuresApi.POLITIE, MeasuresApi.NCTV));

        editor().body(changed).put(BASE + "/measures/" + id).then().statusCode(428)
                .contentType("application/problem+json");
        editor().header("If-Match", "\"7\"").body(changed).put(BASE + "/measures/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        editor().header("If-Match", "\"1\"").body(changed).put(BASE + "/measures/" + id).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("title", equalTo("Gewijzigde titel"))
                .body("interventionAreaCode", equalTo("VOORKOMEN"))
                .body("partnerOrganisations.name", contains("NCTV", "Politie"))
                .body("version", equalTo(2));
        editor().header("If-Match", "\"1\"").body(changed).put(BASE + "/measures/" + id).then().statusCode(412);
    }

    @Test
    void walksTheWholeLifecycleWithReasons() {
        String id = registerId(measure(unique("Levensloop")));
        transition(id, "APPROVED", "Akkoord stuurgroep").response().then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("previousStatus", equalTo("PROPOSED"))
                .body("statusReason", equalTo("Akkoord stuurgroep")).body("version", equalTo(2));
        transition(id, "IN_PROGRESS", "Gestart").response().then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        transition(id, "COMPLETED", "Opgeleverd").response().then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("allowedTransitions", empty()).body("version", equalTo(4));
    }

    @Test
    void aForbiddenTransitionIsAConflictThatNamesTheAllowedOnes() {
        String id = registerId(measure(unique("Verboden overgang")));
        transition(id, "COMPLETED", "Te vroeg").response().then().statusCode(409)
                .contentType("application/problem+json")
                .body("allowed", contains("APPROVED", "CANCELLED"));
        transition(id, "CANCELLED", "Vervalt").response().then().statusCode(200);
        transition(id, "APPROVED", "Alsnog").response().then().statusCode(409).body("allowed", nullValue())
                .body("detail", equalTo("A measure in status CANCELLED cannot become APPROVED; allowed: []"));
        editor().get(BASE + "/measures/" + id).then().body("status", equalTo("CANCELLED")).body("version", equalTo(2));
    }

    @Test
    void highImpactCannotBeApprovedUntilJustificationLegalBasisAndReviewDateArePresent() {
        String id = registerId(measure(unique("Hoge impact")));
        assess(id, Map.of("impactLevel", "HIGH", "fundamentalRights", List.of("PRIVACY", "FREEDOM_OF_RELIGION"),
                "justification", "Nodig")).response().then().statusCode(200)
                .body("revision", equalTo(1)).body("complete", equalTo(false));

        transition(id, "APPROVED", "Akkoord").response().then().statusCode(422)
                .contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("assessment.legalBasis", "assessment.reviewDate"));
        editor().get(BASE + "/measures/" + id).then().body("status", equalTo("PROPOSED"));

        assess(id, completeHighAssessment()).response().then().statusCode(200)
                .body("revision", equalTo(2)).body("complete", equalTo(true));
        transition(id, "APPROVED", "Akkoord").response().then().statusCode(200).body("status", equalTo("APPROVED"));

        // Once approved, the assessment may not fall back to an incomplete HIGH one.
        assess(id, Map.of("impactLevel", "HIGH", "fundamentalRights", List.of("PRIVACY"))).response().then().statusCode(422);
        editor().get(BASE + "/measures/" + id + "/assessment-revisions?sort=-revision").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.revision", contains(2, 1))
                .body("items[1].justification", equalTo("Nodig"));
        editor().get(BASE + "/measures/" + id + "/assessment").then().statusCode(200)
                .body("revision", equalTo(2)).body("legalBasis", equalTo("Wiv 2017"));
    }

    @Test
    void milestonesAreAddedChangedMarkedDoneAndFlaggedOverdue() {
        String id = registerId(measure(unique("Mijlpalen")));
        ExtractableResponse<Response> added = editor().header("Idempotency-Key", "ms-" + id)
                .body(Map.of("title", "Werving afgerond", "dueDate", "2018-06-30"))
                .post(BASE + "/measures/" + id + "/milestones").then().statusCode(201)
                .header("ETag", "\"2\"").body("overdue", equalTo(true)).body("done", equalTo(false)).extract();
        String milestoneId = added.path("id");
        editor().body(Map.of("title", "Toekomst", "dueDate", LocalDate.now(ZoneOffset.UTC).plusYears(1).toString()))
                .post(BASE + "/measures/" + id + "/milestones").then().statusCode(201).body("overdue", equalTo(false));

        editor().get(BASE + "/milestones?overdue=true&measureId=" + id).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(milestoneId));

        editor().body(Map.of("title", "Werving afgerond", "dueDate", "2018-06-30", "doneOn", "2018-06-15"))
                .put(BASE + "/measures/" + id + "/milestones/" + milestoneId).then().statusCode(428);
        editor().header("If-Match", "\"3\"")
                .body(Map.of("title", "Werving afgerond", "dueDate", "2018-06-30", "doneOn", "2018-06-15"))
                .put(BASE + "/measures/" + id + "/milestones/" + milestoneId).then().statusCode(200)
                .header("ETag", "\"4\"").body("done", equalTo(true)).body("overdue", equalTo(false));

        editor().get(BASE + "/milestones?overdue=true&measureId=" + id).then().body("totalItems", equalTo(0));
        editor().get(BASE + "/measures/" + id).then().body("milestones.title", contains("Werving afgerond", "Toekomst"))
                .body("milestones[0].doneOn", equalTo("2018-06-15")).body("version", equalTo(4));
        editor().get(BASE + "/measures/" + id + "/milestones/" + milestoneId).then().statusCode(200).header("ETag", "\"4\"");
    }

    @Test
    void anEndedMeasureKeepsItsDataAndMilestones() {
        String id = registerId(measure(unique("Beëindigd")));
        transition(id, "CANCELLED", "Geschrapt").response().then().statusCode(200);
        editor().header("If-Match", etag(id)).body(measure("Nieuwe titel")).put(BASE + "/measures/" + id)
                .then().statusCode(409).contentType("application/problem+json");
        editor().body(Map.of("title", "Te laat", "dueDate", "2019-01-01"))
                .post(BASE + "/measures/" + id + "/milestones").then().statusCode(409);
        editor().get(BASE + "/measures/" + id).then().body("version", equalTo(2)).body("milestones", empty());
    }

    @Test
    void historyShowsWhoChangedWhatAndWhen() {
        String id = registerId(measure(unique("Historie")));
        Map<String, Object> changed = measure("Historie gewijzigd");
        MeasuresApi.as("admin").header("If-Match", "\"1\"").body(changed).put(BASE + "/measures/" + id).then().statusCode(200);
        transition(id, "APPROVED", "Akkoord").response().then().statusCode(200);

        editor().get(BASE + "/measures/" + id + "/history").then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.version", contains(1, 2, 3))
                .body("items.action", contains("registered", "changed", "status-changed"))
                .body("items.actor", contains("measure-editor-client", "admin-client", "measure-editor-client"))
                .body("items[1].changes.field", contains("title"))
                .body("items[1].changes[0].after", equalTo("Historie gewijzigd"))
                .body("items[2].changes.field", hasItem("status"))
                .body("items[2].changes.find { it.field == 'status' }.before", equalTo("PROPOSED"));
    }

    @Test
    void unknownMeasureIsNotFound() {
        editor().get(BASE + "/measures/3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a11").then().statusCode(404)
                .contentType("application/problem+json");
        editor().get(BASE + "/measures/3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a11/history").then().statusCode(404);
    }
}
