package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.iat.e2e.client.Api;
import nl.iat.e2e.client.SuiteClient;
import nl.iat.e2e.harness.Figures;
import nl.iat.e2e.harness.Fixtures;
import nl.iat.e2e.harness.Reports;
import org.junit.jupiter.api.Test;

/** Scenario 6: rebuilding the reporting read models from the topics gives byte-for-byte the same reports. */
class RebuildScenario {

    @Test
    void rebuildFromTheTopicsReproducesEveryReport() {
        SuiteClient suite = Fixtures.client();
        List<String> measures = Fixtures.approvedMeasures(suite, "Rebuild measure", 3);
        String line = Fixtures.budgetLine(suite, 2023, 50_000_000L);
        suite.allocate(line, "ALLOCATE", measures.get(0), null, 10_000_000L, "Rebuild allocation");
        suite.allocate(line, "ALLOCATE", measures.get(1), null, 5_000_000L, "Rebuild allocation");
        suite.allocate(line, "REALLOCATE", measures.get(0), measures.get(2), 2_500_000L, "Rebuild reallocation");

        List<String> paths = new ArrayList<>(Reports.COMPARED);
        measures.forEach(m -> paths.add("/api/reports/v1/measures/" + m));
        String before = Reports.settledSnapshot(suite.viewer(), paths);

        Api.Reply requested = suite.admin().post("/api/reports/v1/rebuilds", null, Map.of("Idempotency-Key",
                java.util.UUID.randomUUID().toString()));
        assertEquals(202, requested.status(), requested.toString());
        String rebuild = requested.json().path("rebuildId").asText();
        JsonNode finished = Fixtures.converge(() -> SuiteClient.expect(suite.admin().get("/api/reports/v1/rebuilds/" + rebuild), 200),
                r -> !"RUNNING".equals(r.path("status").asText())).value();
        assertEquals("COMPLETED", finished.path("status").asText(), finished.toString());
        String after = Reports.settledSnapshot(suite.viewer(), paths);

        Figures.record("6 rebuild", Map.of("reports compared", paths.size(), "events applied",
                finished.path("eventsReplayed").asLong(), "events per second", finished.path("eventsPerSecond").asLong(),
                "identical", before.equals(after)));
        assertTrue(before.contains("allocatedCents"), "the snapshot holds figures");
        assertEquals(before, after, "every report is the same after the rebuild");
    }
}
