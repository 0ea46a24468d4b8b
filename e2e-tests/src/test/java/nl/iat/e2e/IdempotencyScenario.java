package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import nl.iat.e2e.client.Api;
import nl.iat.e2e.client.SuiteClient;
import nl.iat.e2e.harness.Figures;
import nl.iat.e2e.harness.Fixtures;
import nl.iat.testing.Simultaneously;
import org.junit.jupiter.api.Test;

/** Scenario 7: the same POST with the same Idempotency-Key, twice and concurrently, has one effect. */
class IdempotencyScenario {

    private static final int YEAR = 2024;

    @Test
    void retriesWithTheSameKeyHaveOneEffect() {
        SuiteClient suite = Fixtures.client();
        List<String> measures = Fixtures.approvedMeasures(suite, "Idempotency measure", 2);
        String line = Fixtures.budgetLine(suite, YEAR, 10_000_000L);
        suite.allocate(line, "ALLOCATE", measures.get(1), null, 1_000L, "Make the measure known");

        String key = UUID.randomUUID().toString();
        JsonNode first = suite.allocate(line, "ALLOCATE", measures.get(0), null, 1_000_000L, "Once", key);
        Api.Reply retry = suite.ledgerEntry(line, "ALLOCATE", measures.get(0), null, 1_000_000L, "Once", key);
        assertEquals(201, retry.status(), retry.toString());
        assertEquals(first.path("entryId"), retry.json().path("entryId"), "the retry returns the first response");

        String concurrentKey = UUID.randomUUID().toString();
        List<Api.Reply> concurrent = Simultaneously.run(10, i -> suite.ledgerEntry(line, "INCREASE", measures.get(0), null,
                500_000L, "Concurrent retry", concurrentKey));
        assertTrue(concurrent.stream().allMatch(r -> r.status() == 201), "all retries answer like the first: " + concurrent);
        assertEquals(1, concurrent.stream().map(r -> r.json().path("entryId").asText()).distinct().count());

        Map<String, Object> measure = suite.measure("Idempotent registration", "VERVOLGEN", null, "REPRESSIVE",
                "CONTINUATION", suite.organisationId("NCTV"));
        String measureKey = UUID.randomUUID().toString();
        List<Api.Reply> registrations = Simultaneously.run(5, i -> suite.editor().post("/api/measures/v1/measures", measure,
                Map.of("Idempotency-Key", measureKey)));
        assertEquals(1, registrations.stream().map(r -> r.json().path("id").asText()).distinct().count(),
                "one measure registered: " + registrations);

        assertEquals(3, Fixtures.ledgerEntries(suite, line), "one entry per distinct request");
        long allocated = suite.yearSummary(YEAR).path("allocatedCents").asLong();
        assertEquals(1_000L + 1_000_000L + 500_000L, allocated);
        long reported = Fixtures.converge(() -> suite.overview(YEAR).path("allocatedCents").asLong(), v -> v == allocated).value();
        assertEquals(allocated, reported, "the reports count the retried allocation once");
        Figures.record("7 retries", Map.of("requests with one key", 2 + 10 + 5, "ledger entries", 3,
                "allocated cents", allocated, "reported cents", reported));
    }
}
