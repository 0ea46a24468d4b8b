package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.iat.e2e.client.Api;
import nl.iat.e2e.client.SuiteClient;
import nl.iat.e2e.harness.Figures;
import nl.iat.e2e.harness.Fixtures;
import nl.iat.testing.Simultaneously;
import org.junit.jupiter.api.Test;

/** Scenario 2: 100 concurrent allocations through the gateway, three times what fits; never overspent. */
class ConcurrencyScenario {

    private static final int YEAR = 2019;
    private static final long LINE = 10_000_000L;
    private static final long INITIAL = 100_000L;
    private static final long EACH = 285_000L;
    private static final int REQUESTS = 100;

    @Test
    void concurrentAllocationsNeverOverspendAndReportsMatchTheBudget() {
        SuiteClient suite = Fixtures.client();
        List<String> measures = Fixtures.approvedMeasures(suite, "Concurrency measure", 5);
        String line = Fixtures.budgetLine(suite, YEAR, LINE);
        measures.forEach(m -> suite.allocate(line, "ALLOCATE", m, null, INITIAL, "Initial"));
        long free = LINE - measures.size() * INITIAL;

        long start = System.nanoTime();
        List<Api.Reply> replies = Simultaneously.run(REQUESTS, i -> suite.ledgerEntry(line, "INCREASE",
                measures.get(i % measures.size()), null, EACH, "Concurrent increase " + i, UUID.randomUUID().toString()));
        double seconds = (System.nanoTime() - start) / 1e9;
        long accepted = replies.stream().filter(r -> r.status() == 201).count();
        List<Api.Reply> refused = replies.stream().filter(r -> r.status() != 201).toList();

        assertTrue(REQUESTS * EACH >= 3 * free, "the requests ask three times what fits");
        assertEquals(free / EACH, accepted, "exactly as many as fit are accepted");
        assertTrue(refused.stream().allMatch(r -> r.status() == 409 && r.isProblem()), "refusals are 409 problems: " + refused);
        long budgetAllocated = suite.yearSummary(YEAR).path("allocatedCents").asLong();
        assertEquals(measures.size() * INITIAL + accepted * EACH, budgetAllocated);
        assertTrue(budgetAllocated <= LINE, "never overspent");
        assertEquals(measures.size() + accepted, Fixtures.ledgerEntries(suite, line), "one ledger entry per acceptance");

        var converged = Fixtures.converge(() -> suite.overview(YEAR).path("allocatedCents").asLong(), v -> v == budgetAllocated);
        assertTrue(converged.reached(), "reports total equals the budget's: " + converged.value() + " vs " + budgetAllocated);
        long reportedChanges = Fixtures.converge(() -> Fixtures.reportedMoneyChanges(suite, measures),
                n -> n == measures.size() + accepted).value();
        assertEquals(measures.size() + accepted, reportedChanges, "the reports counted every allocation event once");

        Figures.record("2 never overspent", Map.of("requests", REQUESTS, "accepted", accepted, "refused (409)", refused.size(),
                "line cents", LINE, "allocated cents", budgetAllocated, "reported cents", converged.value(),
                "events in reports", reportedChanges, "burst seconds", round(seconds),
                "seconds to converge", round(converged.seconds())));
    }

    static double round(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }
}
