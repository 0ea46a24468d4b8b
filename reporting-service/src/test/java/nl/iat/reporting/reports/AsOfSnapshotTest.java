package nl.iat.reporting.reports;

import static nl.iat.reporting.ReportRequests.body;
import static nl.iat.reporting.ReportRequests.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import nl.iat.reporting.Applied;
import nl.iat.reporting.SuiteEvents;
import nl.iat.reporting.SuiteEvents.BudgetLine;
import nl.iat.reporting.SuiteEvents.Measure;
import nl.iat.reporting.readmodel.AsOfSnapshots;
import nl.iat.testing.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

/**
 * Reports on a business date read the latest as-of snapshot on or before it (and before knownAt),
 * correct it for what took effect since and what knownAt did not know yet (ADR 0302, 0304): they give
 * the same figures as without snapshots, on any date as known at any moment, and a late fact with an
 * earlier business date deletes the snapshots it changes.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class AsOfSnapshotTest {

    private static final int YEAR = 2041;
    private static final List<String> DATES = List.of("2021-02-28", "2021-03-01", "2021-03-02", "2021-03-03",
            "2021-03-04", "2021-03-06");
    private static final List<String> KNOWN = List.of("", "&knownAt=2021-03-02T07:00:00Z",
            "&knownAt=2021-03-03T10:30:00Z", "&knownAt=2021-03-05T00:00:00Z");

    @Inject
    Applied applied;

    @Inject
    AsOfSnapshots snapshots;

    @Inject
    EntityManager entityManager;

    @Test
    void snapshotsGiveTheSameFiguresAndLateFactsReplaceThem() {
        BudgetLine line = new BudgetLine(YEAR, "FINANCING");
        Measure m = new Measure("SN-1", "VERWERVEN", "FINANCING", "CURATIVE", "INTENSIFICATION", "org-s1", "APPROVED",
                YEAR + "-01-01", YEAR + "-12-31");
        Measure n = new Measure("SN-2", "VOORKOMEN", "FINANCING", "REPRESSIVE", "CONTINUATION", "org-s2", "PROPOSED",
                YEAR + "-01-01", YEAR + "-06-30");
        UUID a1 = UUID.randomUUID();
        UUID a2 = UUID.randomUUID();
        applied.await(m.at("2021-03-01T09:00:00Z").registered(), line.at("2021-03-01T10:00:00Z").set(90_000_000L),
                line.at("2021-03-01T12:00:00Z").ledger("ALLOCATE", 1_000L, a1, m.id, 0, 1_000L),
                line.at("2021-03-02T08:00:00Z").ledger("INCREASE", 200L, a1, m.id, 1_000L, 1_200L),
                line.at("2021-03-02T09:00:00Z").spending("COMMITMENT", a1, m.id, 30L),
                m.at("2021-03-03T10:00:00Z").with("approach", "PREVENTIVE")
                        .with("leadOrganisationId", SuiteEvents.organisation("org-s2")).changed(),
                line.at("2021-03-03T11:00:00Z").ledger("ALLOCATE", 5_000L, a2, n.id, 0, 5_000L), // before n is known
                n.at("2021-03-04T10:00:00Z").registered(),
                m.at("2021-03-04T11:00:00Z").statusChanged("IN_PROGRESS", "Started"));

        Map<String, Object> withoutSnapshots = reports();
        takeSnapshots();
        assertTrue(snapshotDays().containsAll(List.of("2021-03-01", "2021-03-02", "2021-03-03", "2021-03-04")),
                snapshotDays().toString());
        assertEquals(withoutSnapshots, reports(), "the same figures with and without snapshots");
        JsonPath approaches = get("/breakdowns/approaches?fiscalYear=" + YEAR + "&asOf=2021-03-03");
        assertEquals(List.of("PREVENTIVE", "UNKNOWN"), approaches.getList("groups.items.groupKey"));
        assertEquals(List.of(1_200, 5_000), approaches.getList("groups.items.allocatedCents"));
        assertEquals(1_200L, allocated("2021-03-02", ""));
        corruptSnapshot("2021-03-02");
        assertEquals(1_200L + 99, allocated("2021-03-02", ""), "the report reads the snapshot of the day");
        assertEquals(1_000L + 99, allocated("2021-03-02", "&knownAt=2021-03-02T07:00:00Z"),
                "the snapshot of the day, less what was recorded after knownAt");

        // A correction recorded now with an earlier business date deletes the snapshots it changes; so
        // does a measure entered now that took effect back then (late too), with its money.
        String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
        Measure entered = new Measure("SN-3", "VERDEDIGEN", "FINANCING", "REPRESSIVE", "CONTINUATION", "org-s3", "APPROVED",
                YEAR + "-01-01", YEAR + "-12-31").on("2021-03-01").at(now);
        UUID a3 = UUID.randomUUID();
        applied.await(line.on("2021-03-02").at(now).ledger("INCREASE", 7L, a1, m.id, 1_200L, 1_207L), entered.registered(),
                line.on("2021-03-03").ledger("ALLOCATE", 300L, a3, entered.id, 0, 300L));
        assertTrue(snapshotDays().stream().allMatch(d -> d.compareTo("2021-03-02") < 0), snapshotDays().toString());
        assertEquals(1_207L + 5_000L + 300L, allocated("2021-03-04", ""));
        assertEquals(List.of("PREVENTIVE", "REPRESSIVE", "UNKNOWN"), get("/breakdowns/approaches?fiscalYear=" + YEAR
                + "&asOf=2021-03-03").getList("groups.items.groupKey"), "the late measure counts on its business date");
        assertEquals(1_200L + 5_000L, allocated("2021-03-04", "&knownAt=2021-03-05T00:00:00Z"),
                "as known before the correction");
        Map<String, Object> late = reports();
        takeSnapshots();
        assertEquals(late, reports(), "snapshots taken again give the same figures");
        clearSnapshots();
        assertEquals(late, reports(), "and so does the path without snapshots");
    }

    private static long allocated(String asOf, String knownAt) {
        return get("/overviews/" + YEAR + "?asOf=" + asOf + knownAt).getLong("allocatedCents");
    }

    private void takeSnapshots() {
        while (snapshots.takeNext()) {
            // until no ended business day with facts lacks its snapshot
        }
    }

    private void corruptSnapshot(String day) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                update money_snapshot set allocated_cents = allocated_cents + 99
                where business_day = ?1 and dimension = 'TOTAL' and fiscal_year = ?2""")
                .setParameter(1, LocalDate.parse(day)).setParameter(2, YEAR).executeUpdate());
    }

    private void clearSnapshots() {
        QuarkusTransaction.requiringNew().run(() -> List.of("as_of_snapshot", "money_snapshot", "count_snapshot")
                .forEach(table -> entityManager.createNativeQuery("delete from " + table).executeUpdate()));
    }

    private List<String> snapshotDays() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select business_day from as_of_snapshot order by 1", LocalDate.class)
                .getResultList().stream().map(Object::toString).toList());
    }

    private static Map<String, Object> reports() {
        Map<String, Object> reports = new LinkedHashMap<>();
        for (String asOf : DATES) {
            for (String knownAt : KNOWN) {
                String time = "asOf=" + asOf + knownAt;
                reports.put("overview " + time, body("/overviews/" + YEAR + "?" + time));
                for (String dimension : List.of("intervention-areas", "priority-lines", "lead-organisations",
                        "approaches", "natures", "impact-levels")) {
                    reports.put(dimension + " " + time, body("/breakdowns/" + dimension + "?pageSize=100&" + time));
                    reports.put(dimension + " " + YEAR + " " + time,
                            body("/breakdowns/" + dimension + "?pageSize=100&fiscalYear=" + YEAR + "&" + time));
                }
            }
        }
        return reports;
    }
}
