package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.iat.e2e.client.SuiteClient;
import nl.iat.e2e.harness.ChangeStream;
import nl.iat.e2e.harness.Figures;
import nl.iat.e2e.harness.Fixtures;
import nl.iat.e2e.harness.Fixtures.Converged;
import nl.iat.e2e.harness.ManagedProcess;
import nl.iat.e2e.harness.Suite;
import nl.iat.testing.Waits;
import org.junit.jupiter.api.Test;

/**
 * Scenarios 3, 4 and 5: the broker, the consumer and the producer are killed with SIGKILL while
 * changes are written; afterwards every accepted change is in the reports exactly once.
 */
class CrashScenario {

    private static final long LINE = 1_000_000_000L;
    private static final long INITIAL = 100L;
    private static final Duration READY = Duration.ofSeconds(90);

    @Test
    void brokerCrash() {
        Suite processes = Suite.get();
        Setup setup = setUp(2020, "Broker crash measure");
        long start = System.nanoTime();
        ChangeStream.Result result = new ChangeStream(setup.suite, setup.line, setup.measures).run(1_000, 8, 300, () -> {
            processes.broker.kill();
            Waits.pause(2_000);
            processes.broker.start().awaitReady(READY);
        });
        double writeSeconds = seconds(start);
        assertEquals(0, result.failed() + result.refused(), "the budget-service accepts changes while the broker is down");
        verify("3 broker crash (SIGKILL, restart after 2 s)", setup, result, writeSeconds);
    }

    @Test
    void consumerCrash() {
        Suite processes = Suite.get();
        Setup setup = setUp(2021, "Consumer crash measure");
        long start = System.nanoTime();
        ChangeStream.Result result = new ChangeStream(setup.suite, setup.line, setup.measures).run(400, 4, 150, () -> {
            processes.reporting.kill();
            Waits.pause(1_000);
            processes.reporting.start();
        });
        processes.reporting.awaitReady(READY);
        double writeSeconds = seconds(start);
        assertEquals(0, result.failed() + result.refused(), "writes do not depend on the reporting-service");
        verify("4 consumer crash (reporting-service SIGKILL)", setup, result, writeSeconds);
    }

    @Test
    void producerCrashBeforeTheOutboxIsPublished() throws SQLException {
        Suite processes = Suite.get();
        Setup setup = setUp(2022, "Producer crash measure");
        awaitOutboxEmpty(processes);
        processes.budget.stop();
        processes.budget.start(Map.of("IAT_OUTBOX_PAUSED", "true")).awaitReady(READY);
        long start = System.nanoTime();
        ChangeStream.Result result = new ChangeStream(setup.suite, setup.line, setup.measures).run(200, 4, -1, () -> { });
        long held = unpublished(processes);
        assertEquals(result.accepted(), held, "every accepted change waits in the outbox, unpublished");
        processes.budget.kill();
        processes.budget.start().awaitReady(READY);
        verify("5 producer crash (budget-service SIGKILL with " + held + " unpublished events)", setup, result,
                seconds(start));
        assertEquals(0, unpublished(processes), "after the restart the outbox is published");
    }

    private record Setup(SuiteClient suite, String line, List<String> measures, int year) {
    }

    private static Setup setUp(int year, String title) {
        SuiteClient suite = Fixtures.client();
        List<String> measures = Fixtures.approvedMeasures(suite, title, 10);
        String line = Fixtures.budgetLine(suite, year, LINE);
        measures.forEach(m -> suite.allocate(line, "ALLOCATE", m, null, INITIAL, "Initial"));
        return new Setup(suite, line, measures, year);
    }

    private static void verify(String scenario, Setup setup, ChangeStream.Result result, double writeSeconds) {
        long expectedCents = setup.measures.size() * INITIAL + result.acceptedCents();
        long expectedEntries = setup.measures.size() + result.accepted();
        long budgetCents = setup.suite.yearSummary(setup.year).path("allocatedCents").asLong();
        assertEquals(expectedCents, budgetCents, "no request that got a 2xx was lost by the budget-service");
        assertEquals(expectedEntries, Fixtures.ledgerEntries(setup.suite, setup.line));
        Converged<Long> reported = Fixtures.converge(() -> setup.suite.overview(setup.year).path("allocatedCents").asLong(),
                v -> v == expectedCents);
        assertTrue(reported.reached(), "reports total " + reported.value() + " equals the budget's " + expectedCents);
        Converged<Long> events = Fixtures.converge(() -> Fixtures.reportedMoneyChanges(setup.suite, setup.measures),
                n -> n == expectedEntries);
        assertEquals(expectedEntries, events.value(), "every accepted change is in the reports exactly once");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("requests", result.sent());
        figures.put("accepted", result.accepted());
        figures.put("refused or failed", result.failed() + result.refused());
        figures.put("budget cents", budgetCents);
        figures.put("reported cents", reported.value());
        figures.put("ledger entries", expectedEntries);
        figures.put("events in reports", events.value());
        figures.put("write seconds", Math.round(writeSeconds * 10) / 10.0);
        figures.put("seconds to converge after writes", Math.round(reported.seconds() * 10) / 10.0);
        Figures.record(scenario, figures);
    }

    private static void awaitOutboxEmpty(Suite processes) throws SQLException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (unpublished(processes) > 0 && System.currentTimeMillis() < deadline) {
            Waits.pause(200);
        }
    }

    private static long unpublished(Suite processes) throws SQLException {
        try (Connection db = processes.database("budget");
                ResultSet rs = db.createStatement().executeQuery(
                        "select count(*) from outbox_event where published_at is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
