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
}
