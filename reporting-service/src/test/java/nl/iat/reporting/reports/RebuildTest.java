package nl.iat.reporting.reports;

import static io.restassured.RestAssured.given;
import static nl.iat.reporting.ReportRequests.body;
import static nl.iat.reporting.ReportRequests.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.iat.platform.security.Roles;
import nl.iat.reporting.Applied;
import nl.iat.reporting.SuiteEvents;
import nl.iat.reporting.SuiteEvents.BudgetLine;
import nl.iat.reporting.SuiteEvents.Measure;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.PrometheusText;
import nl.iat.testing.TestTokens;
import nl.iat.testing.Waits;
import org.junit.jupiter.api.Test;

/** A rebuild wipes the read models, replays both topics from the beginning and yields exactly the same reports. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class RebuildTest {

    @Inject
    Applied applied;

    @Inject
    EntityManager entityManager;

    @Test
    void rebuildFromTheTopicsReproducesEveryReport() {
        int year = 2035;
        BudgetLine line = new BudgetLine(year, "INTERNATIONAL");
        Measure m = new Measure("RB-1", "VOORBEREIDEN", "INTERNATIONAL", "CURATIVE", "INTENSIFICATION", "org-rb",
                "APPROVED", year + "-01-01", year + "-12-31");
        Measure n = new Measure("RB-2", "VERDEDIGEN", "INTERNATIONAL", "PREVENTIVE", "CONTINUATION", "org-rb",
                "PROPOSED", year + "-01-01", year + "-06-30");
        UUID a1 = UUID.randomUUID();
        UUID a2 = UUID.randomUUID();
        String early = line.ledger("ALLOCATE", 7_777_777L, a1, m.id, 0, 7_777_777L); // before the measure is known
        applied.await(early, SuiteEvents.envelope(year, 1_300_000_000L), line.set(90_000_000L), m.registered(),
                n.registered(),
                line.ledger("REALLOCATE", 1_000_001L, a1, m.id, 7_777_777L, 6_777_776L, a2, n.id, 0, 1_000_001L),
                line.spending("COMMITMENT", a1, m.id, 333L), line.spending("EXPENDITURE", a2, n.id, 22L),
                m.statusChanged("IN_PROGRESS", "Started"), n.with("approach", "REPRESSIVE").changed());
        String knownAt = ReportFiguresTest.now().toString();
        // A late correction with an earlier business date: both axes must be reproduced.
        applied.await(line.on("2025-01-15").ledger("INCREASE", 11L, a1, m.id, 6_777_776L, 6_777_787L));

        Map<String, Object> before = reports(year, m.id, knownAt);
        corruptReadModels();
        assertNotEquals(before, reports(year, m.id, knownAt), "the comparison notices a change of the read models");

        String location = given().auth().oauth2(TestTokens.forRole(Roles.ADMIN)).post("/api/reports/v1/rebuilds")
                .then().statusCode(202).extract().header("Location");
        JsonPath rebuild = Waits.until(() -> given().auth().oauth2(TestTokens.forRole(Roles.ADMIN)).get(location)
                .then().statusCode(200).extract().jsonPath(), r -> !"RUNNING".equals(r.getString("status")),
                Duration.ofSeconds(60));
        assertEquals("COMPLETED", rebuild.getString("status"), rebuild.prettify());
        assertTrue(rebuild.getLong("eventsReplayed") >= 10);
        assertRebuildProgressShowsTheWholeRun(rebuild.getLong("eventsReplayed"));
        String rebuildId = rebuild.getString("rebuildId");
        assertTrue(rebuilds("COMPLETED").contains(rebuildId), "listed by its status");
        assertFalse(rebuilds("FAILED").contains(rebuildId), "and not by another");

        assertEquals(before, reports(year, m.id, knownAt), "the rebuild reproduces the same figures");

        // Live consumption goes on after the rebuild, and a redelivered old event still counts once.
        line.redeliverLast(line.spending("EXPENDITURE", a2, n.id, 5L));
        applied.await(line.spending("EXPENDITURE", a2, n.id, 0L));
        assertEquals(27L, get("/overviews/" + year).getLong("spentCents"));

        given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).post("/api/reports/v1/rebuilds").then().statusCode(403);
    }

    /** The progress gauges of the finished rebuild: every record on the topics processed, none running. */
    private static void assertRebuildProgressShowsTheWholeRun(long replayed) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        double total = PrometheusText.value(metrics, "iat_reports_rebuild_records_planned", Map.of());
        assertTrue(total >= replayed, "the total counts every record read: " + total);
        assertEquals(total, PrometheusText.value(metrics, "iat_reports_rebuild_records_processed", Map.of()));
        assertEquals(0, PrometheusText.value(metrics, "iat_reports_rebuild_running", Map.of()));
    }

    private void corruptReadModels() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update money_by_group set allocated_cents = allocated_cents + 999")
                    .executeUpdate();
            entityManager.createNativeQuery("delete from group_label").executeUpdate();
        });
    }

    /** Every report now, on an earlier business date, as known before the correction, and both. */
    private static Map<String, Object> reports(int year, UUID measureId, String knownAt) {
        Map<String, Object> reports = new LinkedHashMap<>();
        for (String time : List.of("", "asOf=2025-01-31", "knownAt=" + knownAt, "asOf=2025-01-31&knownAt=" + knownAt)) {
            reports.put("overview " + time, body(at("/overviews/" + year, time)));
            for (String dimension : List.of("intervention-areas", "priority-lines", "lead-organisations", "approaches",
                    "natures", "impact-levels")) {
                reports.put(dimension + time, body(at("/breakdowns/" + dimension + "?pageSize=100", time)));
                reports.put(dimension + year + time, body(at("/breakdowns/" + dimension + "?pageSize=100&fiscalYear="
                        + year, time)));
            }
            reports.put("measures " + time, body(at("/measures?pageSize=100", time)));
            reports.put("series " + time, body(at("/allocation-series?pageSize=100", time)));
            reports.put("money series " + time, body(at("/money-series/" + year, time)));
            reports.put("balance " + time, body(at("/balances?fiscalYear=" + year, time)));
        }
        reports.put("measure", body("/measures/" + measureId));
        reports.put("measure as known", body("/measures/" + measureId + "?knownAt=" + knownAt));
        return reports;
    }

    private static String at(String path, String time) {
        return time.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + time;
    }

    /** The ids of the rebuilds listed with this status. */
    private static List<String> rebuilds(String status) {
        return given().auth().oauth2(TestTokens.forRole(Roles.ADMIN)).get("/api/reports/v1/rebuilds?pageSize=100&status=" + status)
                .then().statusCode(200).extract().jsonPath().getList("items.rebuildId");
    }
}
