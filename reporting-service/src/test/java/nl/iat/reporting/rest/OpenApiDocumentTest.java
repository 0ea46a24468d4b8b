package nl.iat.reporting.rest;

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
        CommittedOpenApi.assertServedIsCommitted("/api/reports/v1/openapi.json", "reports");
    }

    /**
     * freezeProgressReport has no example of its own, so Swagger UI's "Try it out" sends the examples
     * of the schema's properties; that body must freeze a progress report.
     */
    @Test
    void theDocumentedProgressReportExampleFreezes() {
        Map<String, Object> example = given().get("/api/reports/v1/openapi.json?format=JSON").then().statusCode(200)
                .extract().path("components.schemas.CreateProgressReport.properties.collectEntries { name, p -> [name, p.example] }");
        given().auth().oauth2(TestTokens.forRole(Roles.ADMIN)).contentType(ContentType.JSON).body(example)
                .post("/api/reports/v1/progress-reports").then().statusCode(201);
    }
}
