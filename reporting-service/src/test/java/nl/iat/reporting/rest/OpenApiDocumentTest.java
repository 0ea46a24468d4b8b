package nl.iat.reporting.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.iat.testing.CommittedOpenApi;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void servesTheCommittedDocument() {
        CommittedOpenApi.assertServedIsCommitted("/api/reports/v1/openapi.json", "reports");
    }
}
