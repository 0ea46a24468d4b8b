package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.iat.e2e.client.Api;
import nl.iat.e2e.client.SuiteClient;
import nl.iat.e2e.dataset.IllustrativeDataset;
import nl.iat.e2e.harness.Figures;
import nl.iat.e2e.harness.IllustrativeSuite;
import org.junit.jupiter.api.Test;

/**
 * The illustrative dataset's history in business time (ADR 0010, 0304): both frozen progress reports
 * have filled tables that agree with the budget-service's ledger on their peildatum as known when
 * they were frozen; the second lists the late corrections, which never change the first; and the
 * 2019 series runs by business month and sums to the year's totals as the budget-service keeps them.
 */
class HistoryDatasetScenario {

    private static final int YEAR = 2019;

    @Test
    void bothProgressReportsAndThe2019SeriesAgreeWithTheLedger() {
        Api viewer = new Api(IllustrativeSuite.get().gatewayUrl(), IllustrativeSuite.developmentToken("viewer"));
        List<JsonNode> entries = ledgerEntries(viewer);
        JsonNode first = report(viewer, IllustrativeDataset.FIRST_REPORT_DATE);
        JsonNode second = report(viewer, IllustrativeDataset.SECOND_REPORT_DATE);

        for (JsonNode report : List.of(first, second)) {
            JsonNode content = report.path("content");
            assertTrue(content.path("interventionAreas").size() > 0, "measures in " + report.path("title"));
            JsonNode overview = overviewOf(content);
            long expected = allocatedOn(entries, LocalDate.parse(content.path("referenceDate").asText()),
                    OffsetDateTime.parse(report.path("knownAt").asText()));
            assertTrue(expected > 0, "the ledger has 2019 money by " + content.path("referenceDate"));
            assertEquals(expected, overview.path("allocatedCents").asLong(),
                    "the report's 2019 allocation is the ledger's on its peildatum as known then");
        }

        JsonNode corrections = second.path("content").path("differences").path("corrections");
        assertEquals(List.of("DECREASE", "EXPENDITURE"), texts(corrections, "kind"), corrections.toString());
        assertEquals(List.of(IllustrativeDataset.CORRECTION_DATE, "2019-03-28"), texts(corrections, "effectiveOn"));
        // asOf is an RFC 3339 timestamp in the v1 documents; it stands for its date in Europe/Amsterdam.
        String firstPeildatum = IllustrativeDataset.FIRST_REPORT_DATE + "T12:00:00Z";
        JsonNode onFirstDate = SuiteClient.expect(viewer.get("/api/reports/v1/overviews/" + YEAR + "?asOf="
                + firstPeildatum), 200);
        JsonNode firstOverview = overviewOf(first.path("content"));
        assertEquals(firstOverview.path("allocatedCents").asLong() - 2_500_000L, onFirstDate.path("allocatedCents").asLong(),
                "the correction changes the figures on the first peildatum now");
        assertEquals(firstOverview.path("spentCents").asLong() + 3_000_000L, onFirstDate.path("spentCents").asLong());
        JsonNode asKnownThen = SuiteClient.expect(viewer.get("/api/reports/v1/overviews/" + YEAR + "?asOf="
                + firstPeildatum + "&knownAt=" + first.path("knownAt").asText()), 200);
        for (String figure : List.of("allocatedCents", "committedCents", "spentCents", "envelopeCents", "linedCents")) {
            assertEquals(firstOverview.path(figure).asLong(), asKnownThen.path(figure).asLong(),
                    figure + ": the first report is what was known when it was frozen");
        }

        JsonNode series = SuiteClient.expect(viewer.get("/api/reports/v1/money-series/" + YEAR), 200).path("points");
        JsonNode budget = SuiteClient.expect(viewer.get("/api/budget/v1/year-summaries/" + YEAR), 200);
        JsonNode last = series.get(series.size() - 1);
        for (String figure : List.of("allocatedCents", "committedCents", "spentCents")) {
            assertEquals(budget.path(figure).asLong(), last.path(figure).asLong(), figure + " of the series = the ledger's");
        }
        assertEquals("2019-01", series.get(0).path("period").asText(), "the series runs over the fiscal year");
        assertTrue(series.size() >= 12, "every month: " + series.size());
        long months = 0;
        for (JsonNode point : series) {
            months += point.path("allocatedChangeCents").asLong() != 0 || point.path("spentChangeCents").asLong() != 0 ? 1 : 0;
        }
        assertTrue(months >= 4, "money in several business months of 2019, not one recording month: " + series);
        Figures.record("14 history of the illustrative dataset", Map.of("ledger entries of 2019", entries.size(),
                "corrections listed", corrections.size(), "series points", series.size(),
                "allocated 2019 on 2019-04-01", firstOverview.path("allocatedCents").asLong()));
    }

    /** The illustrative progress report with this peildatum, with its content. */
    private static JsonNode report(Api viewer, String referenceDate) {
        JsonNode page = SuiteClient.expect(viewer.get("/api/reports/v1/progress-reports?referenceDateFrom=" + referenceDate
                + "&referenceDateTo=" + referenceDate + "&sort=-number"), 200);
        for (JsonNode item : page.path("items")) {
            if (item.path("title").asText().contains("illustratief")) {
                return SuiteClient.expect(viewer.get("/api/reports/v1/progress-reports/" + item.path("number").asInt()), 200);
            }
        }
        throw new AssertionError("No illustrative progress report on " + referenceDate + ": " + page);
    }

    private static JsonNode overviewOf(JsonNode content) {
        for (JsonNode overview : content.path("overviews")) {
            if (overview.path("fiscalYear").asInt() == YEAR) {
                return overview;
            }
        }
        throw new AssertionError("No " + YEAR + " overview in " + content.path("title"));
    }

    /** Every ledger entry on the 2019 lines, from the budget-service. */
    private static List<JsonNode> ledgerEntries(Api viewer) {
        List<JsonNode> entries = new ArrayList<>();
        JsonNode lines = SuiteClient.expect(viewer.get("/api/budget/v1/budget-lines?fiscalYear=" + YEAR + "&pageSize=100"), 200);
        for (JsonNode line : lines.path("items")) {
            for (int page = 1;; page++) {
                JsonNode found = SuiteClient.expect(viewer.get("/api/budget/v1/budget-lines/" + line.path("budgetLineId")
                        .asText() + "/ledger-entries?pageSize=100&page=" + page), 200);
                found.path("items").forEach(entries::add);
                if (page * 100 >= found.path("totalItems").asLong()) {
                    break;
                }
            }
        }
        assertFalse(entries.isEmpty(), "the dataset has 2019 ledger entries");
        return entries;
    }

    /** The lines' allocations on the date as known at the moment: what the ledger decided by then. */
    private static long allocatedOn(List<JsonNode> entries, LocalDate date, OffsetDateTime knownAt) {
        long allocated = 0;
        for (JsonNode entry : entries) {
            if (!LocalDate.parse(entry.path("effectiveOn").asText()).isAfter(date)
                    && !OffsetDateTime.parse(entry.path("recordedAt").asText()).isAfter(knownAt)) {
                allocated += entry.path("lineAllocatedAfterCents").asLong() - entry.path("lineAllocatedBeforeCents").asLong();
            }
        }
        return allocated;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.path(field).asText()));
        return texts;
    }
}
