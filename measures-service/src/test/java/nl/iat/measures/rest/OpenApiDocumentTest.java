package nl.iat.measures.rest;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.iat.platform.security.Roles;
import nl.iat.testing.CommittedOpenApi;
import nl.iat.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void servesTheCommittedDocument() {
        CommittedOpenApi.assertServedIsCommitted("/api/measures/v1/openapi.json", "measures");
    }

    /** What Swagger UI's "Try it out" sends for registerMeasure must register a measure, as it stands. */
    @Test
    void theDocumentedMeasureExampleRegisters() {
        Map<String, Object> example = given().get("/api/measures/v1/openapi.json?format=JSON").then().statusCode(200)
                .extract().path("paths.'/measures'.post.requestBody.content.'application/json'.examples.measure.value");
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN)).contentType(ContentType.JSON).body(example)
                .post("/api/measures/v1/measures").then().statusCode(201);
    }

    /** The documented commitment, motion and portal examples do what they say, as they stand. */
    @Test
    void theDocumentedParliamentExamplesSucceed() {
        post(example("/commitments", "post", "commitment"), "/commitments", 201);
        post(example("/motions", "post", "motion"), "/motions", 201);
        post(example("/parliament-imports", "post", "commitments"), "/parliament-imports", 200);
        post(example("/parliament-imports", "post", "motions"), "/parliament-imports", 200);
        String id = post(example("/parliament-imports", "post", "commitments"), "/parliament-imports", 200)
                .path("unchanged[0].id");
        Map<String, Object> replacement = example("/commitments/{commitmentId}", "put", "commitment");
        replacement.put("number", "TZ201801-057");
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN)).contentType(ContentType.JSON)
                .header("If-Match", "\"1\"").body(replacement).put("/api/measures/v1/commitments/" + id).then().statusCode(200);
    }

    private static Map<String, Object> example(String path, String method, String name) {
        return given().get("/api/measures/v1/openapi.json?format=JSON").then().statusCode(200).extract()
                .path("paths.'" + path + "'." + method + ".requestBody.content.'application/json'.examples." + name + ".value");
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> post(
            Map<String, Object> body, String path, int status) {
        return given().header("Authorization", TestTokens.bearer(Roles.ADMIN)).contentType(ContentType.JSON).body(body)
                .post("/api/measures/v1" + path).then().statusCode(status).extract();
    }
}
