package nl.iat.reporting.reports;

import static nl.iat.reporting.ReportRequests.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.iat.reporting.Applied;
import nl.iat.reporting.SuiteEvents.BudgetLine;
import nl.iat.reporting.SuiteEvents.Measure;
import nl.iat.testing.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

/**
 * Series run in business time, by month or quarter of the fiscal year, cumulative, and sum to the
 * year's totals to the cent, now and on an earlier date. Fiscal year 2016 is this test's own.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class MoneySeriesTest {

    private static final int YEAR = 2016;

    @Inject
    Applied applied;

    @Test
    void seriesRunInBusinessTimeAndSumToTheYearTotals() {
        Measure m = new Measure("MS-1", "VOORKOMEN", "FINANCING", "PREVENTIVE", "INTENSIFICATION", "org-ms", "APPROVED",
                YEAR + "-01-01", YEAR + "-12-31");
        BudgetLine line = new BudgetLine(YEAR, "FINANCING");
        UUID a = UUID.randomUUID();
        applied.await(m.registered(), line.on("2015-11-15").set(500_000_000L),
                line.on("2015-12-10").ledger("ALLOCATE", 100_000_001L, a, m.id, 0, 100_000_001L),
                line.on("2016-03-20").ledger("INCREASE", 20_000_000L, a, m.id, 100_000_001L, 120_000_001L),
                line.on("2016-02-01").spending("COMMITMENT", a, m.id, 60_000_003L),
                line.on("2016-06-15").spending("EXPENDITURE", a, m.id, 25_000_000L),
                line.on("2016-03-05").ledger("DECREASE", 1L, a, m.id, 120_000_001L, 120_000_000L),
                line.on("2017-01-10").spending("EXPENDITURE", a, m.id, 5_000_007L));

        JsonPath months = get("/money-series/" + YEAR);
        List<String> periods = months.getList("points.period");
        assertEquals("2015-12", periods.get(0), "a decision in the December before opens the series");
        assertEquals("2017-01", periods.get(periods.size() - 1), "a payment in the January after closes it");
        assertEquals(14, periods.size(), "every month, empty ones included");
        assertEquals(100_000_001L, months.getLong("points.find { it.period == '2015-12' }.allocatedChangeCents"));
        assertEquals(19_999_999L, months.getLong("points.find { it.period == '2016-03' }.allocatedChangeCents"));
        assertEquals(0L, months.getLong("points.find { it.period == '2016-04' }.allocatedChangeCents"));
        assertEquals(120_000_000L, months.getLong("points.find { it.period == '2016-04' }.allocatedCents"));
        assertTotals(months, get("/overviews/" + YEAR));

        JsonPath quarters = get("/money-series/" + YEAR + "?interval=QUARTER");
        assertEquals(List.of("2015-Q4", "2016-Q1", "2016-Q2", "2016-Q3", "2016-Q4", "2017-Q1"),
                quarters.getList("points.period"));
        assertEquals(60_000_003L, quarters.getLong("points.find { it.period == '2016-Q1' }.committedChangeCents"));
        assertTotals(quarters, get("/overviews/" + YEAR));

        JsonPath onPeildatum = get("/money-series/" + YEAR + "?asOf=2016-03-31");
        assertEquals("2016-03", onPeildatum.getString("points[-1].period"), "the series ends on the business date");
        assertTotals(onPeildatum, get("/overviews/" + YEAR + "?asOf=2016-03-31"));
        assertEquals(0L, onPeildatum.getLong("points[-1].spentCents"));

        JsonPath allocations = get("/allocation-series?fiscalYear=" + YEAR + "&perPriorityLine=false");
        assertEquals(List.of("2015-12", "2016-03"), allocations.getList("points.items.month"),
                "allocation series by the decisions' months");
        assertEquals(120_000_000L, allocations.getLong("points.items[1].allocatedCumulativeCents"));
    }

    @Test
    void anEventWithoutEffectiveOnTookEffectOnItsRecordingDate() {
        int year = 2015;
        Measure m = new Measure("MS-2", "VOORKOMEN", "FINANCING", "PREVENTIVE", "INTENSIFICATION", "org-ms", "APPROVED",
                year + "-01-01", year + "-12-31");
        BudgetLine line = new BudgetLine(year, "FINANCING").at("2015-08-10T10:00:00Z");
        UUID a = UUID.randomUUID();
        applied.await(m.registered(), line.set(500_000_000L));
        // As a producer wrote it before v1 carried effectiveOn: today's schema refuses it, the reports take it.
        String old = """
                {"entryId":"%s","budgetLineId":"%s","fiscalYear":%d,"priorityLineCode":"FINANCING","kind":"ALLOCATE",
                 "amountCents":700,"changes":[{"allocationId":"%s","measureId":"%s","beforeCents":0,"afterCents":700}],
                 "lineAllocatedBeforeCents":0,"lineAllocatedAfterCents":700,"reason":"Old","parliamentaryPaper":null,
                 "actor":"controller","recordedAt":"2015-08-10T10:00:00Z"}""".formatted(UUID.randomUUID(), line.id, year, a,
                m.id);
        applied.await(line.publishInvalid("nl.iat.budget.ledger-entries.recorded.v1", old));
        assertEquals(List.of("2015-08"), get("/allocation-series?fiscalYear=" + year + "&perPriorityLine=false")
                .getList("points.items.month"));
        assertEquals(0L, get("/overviews/" + year + "?asOf=2015-08-09").getLong("allocatedCents"));
        assertEquals(700L, get("/overviews/" + year + "?asOf=2015-08-10").getLong("allocatedCents"));
    }

    private static void assertTotals(JsonPath series, JsonPath overview) {
        assertEquals(overview.getLong("allocatedCents"), series.getLong("points[-1].allocatedCents"));
        assertEquals(overview.getLong("committedCents"), series.getLong("points[-1].committedCents"));
        assertEquals(overview.getLong("spentCents"), series.getLong("points[-1].spentCents"));
        long allocated = series.getList("points.allocatedChangeCents", Long.class).stream().mapToLong(Long::longValue).sum();
        long spent = series.getList("points.spentChangeCents", Long.class).stream().mapToLong(Long::longValue).sum();
        assertEquals(overview.getLong("allocatedCents"), allocated, "the changes sum to the total");
        assertEquals(overview.getLong("spentCents"), spent);
    }
}
