package nl.iat.measures;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.iat.platform.security.Roles;
import nl.iat.testing.TestTokens;

/** Calls the measures API as a client would, with real signed tokens. */
public final class MeasuresApi {

    public static final String BASE = "/api/measures/v1";
    public static final String AIVD = "00000000-0000-4000-8000-000000000002";
    public static final String NCTV = "00000000-0000-4000-8000-000000000001";
    public static final String POLITIE = "00000000-0000-4000-8000-000000000004";
    public static final String FIOD = "00000000-0000-4000-8000-000000000006";

    private MeasuresApi() {
    }

    public static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification editor() {
        return as(Roles.MEASURE_EDITOR);
    }

    /** A measure-editor of the organisation (the plain {@link #editor()} is of the coordinating NCTV). */
    public static RequestSpecification editorOf(String organisationId) {
        return given().header("Authorization", "Bearer " + TestTokens.forOrganisation(Roles.MEASURE_EDITOR, organisationId))
                .contentType(ContentType.JSON);
    }

    /** A valid measure body with a unique title; change what a test needs. */
    public static Map<String, Object> measure(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Intensivering van inlichtingenonderzoek naar radicalisering en salafisme.");
        body.put("frameworkCode", "NCTS-2016-2020");
        body.put("interventionAreaCode", "VERWERVEN");
        body.put("priorityLineCode", "EARLY_DETECTION");
        body.put("approach", "PREVENTIVE");
        body.put("nature", "INTENSIFICATION");
        body.put("leadOrganisationId", AIVD);
        body.put("partnerOrganisationIds", new ArrayList<>(List.of(NCTV)));
        body.put("startDate", "2018-01-01");
        body.put("endDate", "2021-12-31");
        body.put("parliamentaryPapers", new ArrayList<>(List.of("29 754, nr. 436")));
        return body;
    }

    public static ExtractableResponse<Response> register(Map<String, Object> body) {
        return editor().body(body).post(BASE + "/measures").then().statusCode(201).extract();
    }

    public static String registerId(Map<String, Object> body) {
        return register(body).path("id");
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String etag(String measureId) {
        return editor().get(BASE + "/measures/" + measureId).then().statusCode(200).extract().header("ETag");
    }

    public static ExtractableResponse<Response> transition(String measureId, String status, String reason) {
        return editor().header("If-Match", etag(measureId))
                .body(Map.of("status", status, "reason", reason))
                .post(BASE + "/measures/" + measureId + "/status-transitions").then().extract();
    }

    public static ExtractableResponse<Response> assess(String measureId, Map<String, Object> assessment) {
        return editor().header("If-Match", etag(measureId)).body(assessment)
                .put(BASE + "/measures/" + measureId + "/assessment").then().extract();
    }

    public static Map<String, Object> completeHighAssessment() {
        return Map.of("impactLevel", "HIGH", "fundamentalRights", List.of("PRIVACY"), "legalBasis", "Wiv 2017",
                "justification", "Noodzakelijk gezien DTN 46", "dpiaReference", "DPIA-2018-04", "reviewDate", "2030-01-01");
    }
}
