package nl.iat.budget.rest;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import nl.iat.platform.security.Roles;
import nl.iat.testing.CommittedOpenApi;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void servesTheCommittedDocument() {
        CommittedOpenApi.assertServedIsCommitted("/api/budget/v1/openapi.json", "budget");
    }

    /**
     * createEnvelope has no example of its own, so Swagger UI's "Try it out" sends the examples of the
     * schema's properties; that body must create an envelope (a year the illustrative dataset leaves free).
     */
    @Test
    void theDocumentedEnvelopeExampleCreates() {
        Map<String, Object> example = given().get(BudgetFixtures.BASE + "/openapi.json?format=JSON").then().statusCode(200)
                .extract().path("components.schemas.EnvelopeRequest.properties.collectEntries { name, p -> [name, p.example] }");
        BudgetFixtures.as(Roles.ADMIN).body(example).post(BudgetFixtures.BASE + "/envelopes").then().statusCode(201);
    }
}
