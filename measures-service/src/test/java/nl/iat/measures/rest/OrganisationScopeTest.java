package nl.iat.measures.rest;

import static io.restassured.RestAssured.given;
import static nl.iat.measures.MeasuresApi.AIVD;
import static nl.iat.measures.MeasuresApi.BASE;
import static nl.iat.measures.MeasuresApi.FIOD;
import static nl.iat.measures.MeasuresApi.NCTV;
import static nl.iat.measures.MeasuresApi.POLITIE;
import static nl.iat.measures.MeasuresApi.completeHighAssessment;
import static nl.iat.measures.MeasuresApi.editor;
import static nl.iat.measures.MeasuresApi.editorOf;
import static nl.iat.measures.MeasuresApi.etag;
import static nl.iat.measures.MeasuresApi.measure;
import static nl.iat.measures.MeasuresApi.registerId;
import static nl.iat.measures.MeasuresApi.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import nl.iat.measures.MeasuresApi;
import nl.iat.measures.ParliamentApi;
import nl.iat.platform.security.Roles;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Object- and property-level authorization (ADR 0015): an editor writes only the measures its own
 * organisation leads, cannot hand one to another organisation, and a refused write changes nothing
 * (same body, same version, no history entry); the coordinating NCTV and admin write across
 * organisations. The measures here are led by the AIVD, with the FIOD as partner.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class OrganisationScopeTest {

    @Test
    void anEditorOfAnotherOrganisationWritesNothingOfTheMeasure() {
        String id = aivdMeasure();
        String milestone = addMilestone(editorOf(AIVD), id).statusCode(201).extract().path("id");
        for (Function<RequestSpecification, ValidatableResponse> write : writes(id, milestone)) {
            refusedUnchanged(id, () -> write.apply(editorOf(POLITIE))
                    .body("detail", containsString("belongs to organisation " + AIVD)));
        }
    }

    @Test
    void theLeadOrganisationsEditorWritesEveryPartOfItsMeasure() {
        String id = aivdMeasure();
        String milestone = addMilestone(editorOf(AIVD), id).statusCode(201).extract().path("id");
        for (Function<RequestSpecification, ValidatableResponse> write : writes(id, milestone)) {
            write.apply(editorOf(AIVD)).statusCode(oneOf(200, 201));
        }
        editor().get(BASE + "/measures/" + id).then().body("version", equalTo(7)).body("status", equalTo("APPROVED"));
    }

    @Test
    void aPartnerOrganisationDoesNotWriteTheLeadsMilestones() {
        String id = aivdMeasure();
        String milestone = addMilestone(editorOf(AIVD), id).statusCode(201).extract().path("id");
        refusedUnchanged(id, () -> addMilestone(editorOf(FIOD), id));
        refusedUnchanged(id, () -> editorOf(FIOD).header("If-Match", etag(id))
                .body(Map.of("title", "Afgerond", "dueDate", "2018-06-30", "doneOn", "2018-06-15"))
                .put(BASE + "/measures/" + id + "/milestones/" + milestone).then());
    }

    @Test
    void theLeadsEditorCannotHandItsMeasureToAnotherOrganisation() {
        String id = aivdMeasure();
        Map<String, Object> moved = measure("Verhuisd");
        moved.put("leadOrganisationId", POLITIE);
        refusedUnchanged(id, () -> editorOf(AIVD).header("If-Match", etag(id)).body(moved)
                .put(BASE + "/measures/" + id).then()
                .body("invalidParams.name", contains("leadOrganisationId")));
    }

    @Test
    void theStatusIsNoFieldOfAPutAndIsRefusedByName() {
        String id = aivdMeasure();
        Map<String, Object> withStatus = measure("Met status");
        withStatus.put("status", "APPROVED");
        String before = snapshot(id);
        editorOf(AIVD).header("If-Match", etag(id)).body(withStatus).put(BASE + "/measures/" + id).then()
                .statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("status"));
        assertEquals(before, snapshot(id));
    }

    @Test
    void anEditorRegistersOnlyMeasuresItsOwnOrganisationLeads() {
        Map<String, Object> own = measure(unique("Eigen maatregel"));
        editorOf(AIVD).body(own).post(BASE + "/measures").then().statusCode(201)
                .body("leadOrganisation.id", equalTo(AIVD))
                .body("createdBy", equalTo("measure-editor-of-" + AIVD));

        String title = unique("Andermans maatregel");
        Map<String, Object> other = measure(title);
        other.put("leadOrganisationId", POLITIE);
        editorOf(AIVD).body(other).post(BASE + "/measures").then().statusCode(403)
                .contentType("application/problem+json")
                .body("invalidParams.name", contains("leadOrganisationId"));
        editor().queryParam("text", title).get(BASE + "/measures").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void aTokenWithoutOrganisationWritesNoMeasure() {
        String id = aivdMeasure();
        RequestSpecification noOrganisation = given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + TestTokens.token("editor-without-organisation", Roles.MEASURE_EDITOR));
        refusedUnchanged(id, () -> noOrganisation.header("If-Match", etag(id)).body(measure("Zonder organisatie"))
                .put(BASE + "/measures/" + id).then()
                .body("detail", containsString("names no organisation")));
        noOrganisation.body(measure(unique("Zonder organisatie"))).post(BASE + "/measures").then().statusCode(403)
                .body("detail", containsString("names no organisation"));
    }

    @Test
    void coordinatingCallersWriteAcrossOrganisations() {
        String id = aivdMeasure();
        Map<String, Object> moved = measure("Naar de politie");
        moved.put("leadOrganisationId", POLITIE);
        editorOf(NCTV).header("If-Match", etag(id)).body(moved).put(BASE + "/measures/" + id).then().statusCode(200)
                .body("leadOrganisation.id", equalTo(POLITIE));
        MeasuresApi.as(Roles.ADMIN).body(Map.of("title", "Door admin", "dueDate", "2018-06-30"))
                .post(BASE + "/measures/" + id + "/milestones").then().statusCode(201);
        // now the Politie's, so no longer the AIVD's
        refusedUnchanged(id, () -> addMilestone(editorOf(AIVD), id));
        addMilestone(editorOf(POLITIE), id).statusCode(201);
    }

    @Test
    void theRegisterOfCommitmentsAndMotionsIsKeptByTheCoordinatingOrganisation() {
        editorOf(AIVD).body(ParliamentApi.commitment(ParliamentApi.number("TZ201801-"))).post(BASE + "/commitments")
                .then().statusCode(403).body("detail", containsString("coordinating organisation"));
        editorOf(AIVD).body(ParliamentApi.motion(ParliamentApi.number("2018Z"))).post(BASE + "/motions")
                .then().statusCode(403);
        editorOf(AIVD).body(ParliamentApi.portal(ParliamentApi.TOEZEGGING_CONTEXT, List.of(ParliamentApi.toezegging(
                ParliamentApi.portalId(), ParliamentApi.number("TZ201801-"), "Openstaand"))))
                .post(BASE + "/parliament-imports").then().statusCode(403);
        String commitment = editorOf(NCTV).body(ParliamentApi.commitment(ParliamentApi.number("TZ201801-")))
                .post(BASE + "/commitments").then().statusCode(201).extract().path("id");
        editorOf(AIVD).header("If-Match", "\"1\"").body(ParliamentApi.commitment(ParliamentApi.number("TZ201801-")))
                .put(BASE + "/commitments/" + commitment).then().statusCode(403);
        editor().get(BASE + "/commitments/" + commitment).then().statusCode(200).body("version", equalTo(1));
    }

    /** Every write of a measure and its parts, as one caller sends it with the measure's current ETag. */
    private static List<Function<RequestSpecification, ValidatableResponse>> writes(String id, String milestone) {
        return List.of(
                caller -> caller.header("If-Match", etag(id)).body(measure("Gewijzigd"))
                        .put(BASE + "/measures/" + id).then(),
                caller -> caller.header("If-Match", etag(id))
                        .body(Map.of("title", "Werving afgerond", "dueDate", "2018-06-30", "doneOn", "2018-06-15"))
                        .put(BASE + "/measures/" + id + "/milestones/" + milestone).then(),
                caller -> caller.body(Map.of("title", "Nog een mijlpaal", "dueDate", "2019-06-30"))
                        .post(BASE + "/measures/" + id + "/milestones").then(),
                caller -> caller.header("If-Match", etag(id)).body(completeHighAssessment())
                        .put(BASE + "/measures/" + id + "/assessment").then(),
                caller -> caller.header("If-Match", etag(id)).body(Map.of("status", "APPROVED", "reason", "Akkoord"))
                        .post(BASE + "/measures/" + id + "/status-transitions").then());
    }

    private static ValidatableResponse addMilestone(RequestSpecification caller, String id) {
        return caller.body(Map.of("title", "Werving gestart", "dueDate", "2018-03-31"))
                .post(BASE + "/measures/" + id + "/milestones").then();
    }

    private static String aivdMeasure() {
        Map<String, Object> body = measure(unique("Van de AIVD"));
        body.put("partnerOrganisationIds", List.of(FIOD));
        return registerId(body);
    }

    /** The refusal is a 403 problem, and the measure and its history are exactly as before. */
    private static void refusedUnchanged(String id, Supplier<ValidatableResponse> write) {
        String before = snapshot(id);
        write.get().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        assertEquals(before, snapshot(id));
    }

    private static String snapshot(String id) {
        String measure = editor().get(BASE + "/measures/" + id).then().statusCode(200).extract().asString();
        String history = editor().get(BASE + "/measures/" + id + "/history").then().statusCode(200).extract().asString();
        return measure + history;
    }
}
