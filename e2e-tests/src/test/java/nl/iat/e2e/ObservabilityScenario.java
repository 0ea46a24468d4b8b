package nl.iat.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import nl.iat.e2e.client.Api;
import nl.iat.e2e.client.SuiteClient;
import nl.iat.e2e.harness.Fixtures;
import nl.iat.e2e.harness.ManagedProcess;
import nl.iat.e2e.harness.ObservabilityFiles;
import nl.iat.e2e.harness.Suite;
import nl.iat.testing.PrometheusText;
import org.junit.jupiter.api.Test;

/**
 * Scenario 11: after a little traffic (an allocation accepted, one refused for overspend), every
 * metric the operators' dashboard and alerting rules read (deploy/observability) is on /q/metrics of
 * the running suite's processes, so no panel stays empty and no alert waits on a name that does not
 * exist. How the names are read from PromQL: {@link ObservabilityFiles}.
 */
class ObservabilityScenario {

    private static final int YEAR = 2017;

    @Test
    void everyMetricTheDashboardAndTheAlertsReadIsExposed() throws IOException {
        SuiteClient suite = Fixtures.client();
        String measure = Fixtures.approvedMeasure(suite, "Observability measure");
        String line = Fixtures.budgetLine(suite, YEAR, 1_000L);
        suite.allocate(line, "ALLOCATE", measure, null, 1_000L, "All of the line");
        Api.Reply refused = suite.ledgerEntry(line, "INCREASE", measure, null, 1L, "One cent too many",
                UUID.randomUUID().toString());
        assertEquals(409, refused.status(), refused.toString());

        Set<String> referenced = new TreeSet<>();
        ObservabilityFiles.dashboardExpressions().forEach(e -> referenced.addAll(ObservabilityFiles.metricNames(e)));
        ObservabilityFiles.alerts().forEach(a -> referenced.addAll(ObservabilityFiles.metricNames(a.expr())));
        Suite processes = Suite.get();
        Set<String> exposed = new TreeSet<>();
        for (ManagedProcess process : List.of(processes.gateway, processes.measures, processes.budget,
                processes.reporting)) {
            exposed.addAll(PrometheusText.names(metrics(process)));
        }

        Set<String> missing = new TreeSet<>(referenced);
        missing.removeAll(exposed);
        assertEquals(Set.of(), missing, "metrics the dashboard or the alerts read but no process exposes");
        assertTrue(referenced.size() >= 15, "the names were found: " + referenced);
        assertTrue(PrometheusText.value(metrics(processes.budget), "iat_budget_overspend_refused_total",
                Map.of("kind", "INCREASE")) >= 1, "the refusal was counted");
    }

    private static String metrics(ManagedProcess process) {
        return given().get(process.url() + "/q/metrics").then().statusCode(200).extract().asString();
    }
}
