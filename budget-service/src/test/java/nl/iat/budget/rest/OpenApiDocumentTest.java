package nl.iat.budget.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.iat.testing.CommittedOpenApi;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void servesTheCommittedDocument() {
        CommittedOpenApi.assertServedIsCommitted("/api/budget/v1/openapi.json", "budget");
    }
}
