package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import nl.iat.e2e.harness.ObservabilityFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The dashboard and the alerting rules parse, every alert has its runbook section, and the metric
 * names are read from PromQL as ObservabilityScenario relies on. Whether the suite exposes those
 * metrics is ObservabilityScenario's part.
 */
@Tag("unit")
class ObservabilityFilesTest {

    @Test
    void theDashboardAndTheRulesParseAndEachAlertHasARunbookSection() throws IOException {
        List<String> expressions = ObservabilityFiles.dashboardExpressions();
        assertTrue(expressions.size() >= 15, "a panel for each metric: " + expressions);
        assertFalse(expressions.contains(""), "every target has an expression");
        List<ObservabilityFiles.Alert> alerts = ObservabilityFiles.alerts();
        assertEquals(Set.of("OutboxEventsWaiting", "EventsDeadLettered", "ConsumerLagging",
                "ServerErrorsAboveOnePercent", "UpstreamCircuitOpen"),
                Set.copyOf(alerts.stream().map(ObservabilityFiles.Alert::name).toList()));
        String runbook = Files.readString(ObservabilityFiles.ROOT.resolve("docs/runbook.md"));
        for (ObservabilityFiles.Alert alert : alerts) {
            assertEquals("docs/runbook.md#" + alert.name().toLowerCase(), alert.annotations().get("runbook"));
            assertTrue(runbook.contains("\n## " + alert.name() + "\n"), "runbook section for " + alert.name());
        }
    }

    @Test
    void metricNamesAreTheIdentifiersThatAreNeitherFunctionsKeywordsNorLabels() {
        assertEquals(Set.of("http_server_requests_seconds_sum", "http_server_requests_seconds_count"),
                ObservabilityFiles.metricNames("sum by (uri) (rate(http_server_requests_seconds_sum{job=\"gateway\"}[5m]))"
                        + " / sum without (le) (rate(http_server_requests_seconds_count[$__rate_interval]))"));
        assertEquals(Set.of("a_total", "b"), ObservabilityFiles.metricNames(
                "increase(a_total{status=~\"5..\", x=\"b{c}\"}[1h:5m]) > 1e3 and on (job) group_left (route) b offset 5m"));
        assertEquals(Set.of("up"), ObservabilityFiles.metricNames("up == bool 1 unless max(up) by (job)"));
    }
}
