package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.iat.e2e.client.SuiteClient;
import nl.iat.e2e.harness.Figures;
import nl.iat.e2e.harness.Fixtures;
import nl.iat.e2e.harness.Fixtures.Converged;
import org.junit.jupiter.api.Test;

/**
 * Scenario 1, the story: a measure is registered and approved, money is lined, allocated,
 * increased, partly reallocated to a second measure, committed and spent; the reports show each
 * step to the cent, and the measure's history and the line's ledger tell the same story.
 */
class StoryScenario {

    private static final int YEAR = 2018;

    @Test
    void anAllocationFlowsFromTheBudgetThroughKafkaIntoTheReports() {
        SuiteClient suite = Fixtures.client();
        String first = Fixtures.approvedMeasure(suite, "Story measure");
        String second = Fixtures.approvedMeasure(suite, "Story second measure");
        String line = Fixtures.budgetLine(suite, YEAR, 300_000_000L);
        List<Double> convergence = new ArrayList<>();

        suite.allocate(line, "ALLOCATE", first, null, 100_000_000L, "Initial allocation");
        convergence.add(awaitOverview(suite, 100_000_000L, 0, 0));
        suite.allocate(line, "INCREASE", first, null, 50_000_000L, "Extra analysts");
        convergence.add(awaitOverview(suite, 150_000_000L, 0, 0));
        suite.allocate(line, "REALLOCATE", first, second, 30_000_000L, "Part moves to the second measure");
        String allocation = suite.allocationId(line, first);
        suite.recordSpending(allocation, "commitments", 20_000_000L, today(), "Contract");
        convergence.add(awaitOverview(suite, 150_000_000L, 20_000_000L, 0));
        suite.recordSpending(allocation, "expenditures", 10_000_000L, today(), "First invoice");
        convergence.add(awaitOverview(suite, 150_000_000L, 20_000_000L, 10_000_000L));

        JsonNode firstPicture = Fixtures.converge(() -> suite.measurePictureOnceKnown(first),
                p -> p.path("totals").path("allocatedCents").asLong() == 120_000_000L).value();
        JsonNode secondPicture = Fixtures.converge(() -> suite.measurePictureOnceKnown(second),
                p -> p.path("totals").path("allocatedCents").asLong() == 30_000_000L).value();
        assertEquals(120_000_000L, firstPicture.path("totals").path("allocatedCents").asLong());
        assertEquals(20_000_000L, firstPicture.path("totals").path("committedCents").asLong());
        assertEquals(10_000_000L, firstPicture.path("totals").path("spentCents").asLong());
        assertEquals(30_000_000L, secondPicture.path("totals").path("allocatedCents").asLong());
        assertEquals("APPROVED", firstPicture.path("measure").path("status").asText());

        JsonNode summary = suite.yearSummary(YEAR);
        JsonNode overview = suite.overview(YEAR);
        for (String figure : List.of("envelopeCents", "linedCents", "allocatedCents", "committedCents", "spentCents")) {
            assertEquals(summary.path(figure).asLong(), overview.path(figure).asLong(), figure + ": reports equal the budget");
        }

        JsonNode ledger = SuiteClient.expect(suite.viewer().get("/api/budget/v1/budget-lines/" + line
                + "/ledger-entries?sort=sequence"), 200).path("items");
        List<String> kinds = new ArrayList<>();
        ledger.forEach(entry -> kinds.add(entry.path("kind").asText()));
        assertEquals(List.of("ALLOCATE", "INCREASE", "REALLOCATE"), kinds, "the line's ledger tells the story");
        JsonNode history = SuiteClient.expect(suite.viewer().get("/api/measures/v1/measures/" + first + "/history"), 200);
        assertTrue(history.path("totalItems").asLong() >= 2, "registration and approval are in the history: " + history);
        assertTrue(history.toString().contains("measure-editor-client"), "the history names the actor");

        Figures.record("1 story", Map.of("requests", 9, "allocatedCents", overview.path("allocatedCents").asLong(),
                "committedCents", overview.path("committedCents").asLong(), "spentCents", overview.path("spentCents").asLong(),
                "seconds to converge per step", convergence));
    }

    private static double awaitOverview(SuiteClient suite, long allocated, long committed, long spent) {
        Converged<JsonNode> result = Fixtures.converge(() -> suite.overview(YEAR),
                o -> o.path("allocatedCents").asLong() == allocated && o.path("committedCents").asLong() == committed
                        && o.path("spentCents").asLong() == spent);
        assertTrue(result.reached(), "reports reach allocated=" + allocated + " committed=" + committed + " spent="
                + spent + ": " + result.value());
        return result.seconds();
    }

    /** Spending is dated; the scenario's envelope and line take effect today, so its spending does too (ADR 0010). */
    private static String today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();
    }
}
