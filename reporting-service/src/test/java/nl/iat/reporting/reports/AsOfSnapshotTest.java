package nl.iat.reporting.reports;

import static nl.iat.reporting.ReportRequests.body;
import static nl.iat.reporting.ReportRequests.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
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
import nl.iat.reporting.events.AsOfSnapshots;
import nl.iat.testing.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

/**
 * As-of reports read the latest as-of snapshot and the facts since (ADR 0302): they give the same
 * figures as without snapshots, at any moment, and an event with an earlier time deletes the
 * snapshots it changes.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class AsOfSnapshotTest {

    private static final int YEAR = 2041;
    private static final List<String> MOMENTS = List.of("2021-03-01T11:00:00Z", "2021-03-02T00:00:00Z",
            "2021-03-02T08:30:00Z", "2021-03-03T10:00:00Z", "2021-03-03T10:30:00Z", "2021-03-03T23:59:59Z",
            "2021-03-04T12:00:00Z", "2021-03-06T00:00:00Z");

    @Inject
    Applied applied;

    @Inject
    AsOfSnapshots snapshots;

    @Inject
    EntityManager entityManager;

    @Test
    void snapshotsGiveTheSameFiguresAndLateEventsReplaceThem() {
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
        assertTrue(snapshotTimes().containsAll(List.of("2021-03-02T00:00Z", "2021-03-03T00:00Z", "2021-03-04T00:00Z",
                "2021-03-05T00:00Z")), snapshotTimes().toString());
        assertEquals(withoutSnapshots, reports(), "the same figures with and without snapshots");
        JsonPath approaches = get("/breakdowns/approaches?fiscalYear=" + YEAR + "&asOf=2021-03-03T12:00:00Z");
        assertEquals(List.of("PREVENTIVE", "UNKNOWN"), approaches.getList("groups.items.groupKey"));
        assertEquals(List.of(1_200, 5_000), approaches.getList("groups.items.allocatedCents"));
        assertEquals(1_200L, get("/overviews/" + YEAR + "?asOf=2021-03-03T10:00:00Z").getLong("allocatedCents"));
        corruptSnapshot("2021-03-03T00:00:00Z");
        assertEquals(1_200L + 99, get("/overviews/" + YEAR + "?asOf=2021-03-03T10:00:00Z").getLong("allocatedCents"),
                "the report reads the snapshot of the start of the day");

        // An event with an earlier time arrives late: it deletes the snapshots it changes.
        applied.await(line.at("2021-03-02T10:00:00Z").ledger("INCREASE", 7L, a1, m.id, 1_200L, 1_207L));
        assertTrue(snapshotTimes().stream().allMatch(t -> t.compareTo("2021-03-02T10:00Z") < 0), snapshotTimes().toString());
        assertEquals(1_207L + 5_000L, get("/overviews/" + YEAR + "?asOf=2021-03-04T12:00:00Z").getLong("allocatedCents"));
        Map<String, Object> late = reports();
        takeSnapshots();
        assertEquals(late, reports(), "snapshots taken again give the same figures");
        clearSnapshots();
        assertEquals(late, reports(), "and so does the path without snapshots");
    }

    private void takeSnapshots() {
        while (snapshots.takeNext()) {
            // until no ended day with facts lacks its snapshot
        }
    }

    private void corruptSnapshot(String takenAt) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                update money_snapshot set allocated_cents = allocated_cents + 99
                where taken_at = cast(?1 as timestamptz) and dimension = 'TOTAL' and fiscal_year = ?2""")
                .setParameter(1, takenAt).setParameter(2, YEAR).executeUpdate());
    }

    private void clearSnapshots() {
        QuarkusTransaction.requiringNew().run(() -> List.of("as_of_snapshot", "money_snapshot", "count_snapshot")
                .forEach(table -> entityManager.createNativeQuery("delete from " + table).executeUpdate()));
    }

    private List<String> snapshotTimes() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select taken_at from as_of_snapshot order by 1", OffsetDateTime.class)
                .getResultList().stream().map(t -> ((OffsetDateTime) t).withOffsetSameInstant(java.time.ZoneOffset.UTC)
                        .toString()).toList());
    }

    private static Map<String, Object> reports() {
        Map<String, Object> reports = new LinkedHashMap<>();
        for (String asOf : MOMENTS) {
            reports.put("overview " + asOf, body("/overviews/" + YEAR + "?asOf=" + asOf));
            for (String dimension : List.of("intervention-areas", "priority-lines", "lead-organisations", "approaches",
                    "natures", "impact-levels")) {
                reports.put(dimension + " " + asOf, body("/breakdowns/" + dimension + "?pageSize=100&asOf=" + asOf));
                reports.put(dimension + " " + YEAR + " " + asOf,
                        body("/breakdowns/" + dimension + "?pageSize=100&fiscalYear=" + YEAR + "&asOf=" + asOf));
            }
        }
        return reports;
    }
}
