package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.iat.e2e.client.Api;
import nl.iat.e2e.client.SuiteClient;
import nl.iat.e2e.dataset.IllustrativeDataset;
import nl.iat.e2e.harness.Browser;
import nl.iat.e2e.harness.IllustrativeSuite;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real browser on the suite with the illustrative dataset: it draws, shows the
 * API's figures to the cent (also at a peildatum), draws planned against actual by month and by
 * quarter ending on the year's figures, shows the motions and commitments as the API counts them
 * (or says there are none), follows an allocation made through the API by itself, lists the measures
 * behind a chart segment, switches to English, passes axe-core's WCAG 2.1 AA rules and runs under
 * its strict Content-Security-Policy without a single error.
 */
class DashboardDatasetScenario {

    private static final List<String> FIGURES = List.of("envelopeCents", "linedCents", "allocatedCents", "committedCents",
            "spentCents", "freeCents");
    private static final List<String> SERIES = List.of("allocatedCents", "committedCents", "spentCents");
    private static final long INCREASE_CENTS = 12_345;

    @Test
    void theDashboardShowsTheApisFiguresLiveAccessiblyAndWithoutErrors() throws Exception {
        String gateway = IllustrativeSuite.get().gatewayUrl();
        Api viewer = new Api(gateway, IllustrativeSuite.developmentToken("viewer"));
        int year = latestFundedYear(viewer);
        String asOf = year + "-04-01"; // a peildatum within the dataset's history (business time, ADR 0304)
        Map<String, Object> allocation = increaseOnALineWithRoom(gateway, year);
        int months = periods(viewer, year, "MONTH");
        int quarters = periods(viewer, year, "QUARTER");

        JsonNode seen = Browser.run("dashboard-check.mjs", Map.of("GATEWAY_URL", gateway, "AS_OF", asOf,
                "ALLOCATION", Api.JSON.writeValueAsString(allocation)));

        assertEquals("[]", seen.path("errors").toString(), "no script or console errors: " + seen);
        assertTrue(seen.path("chartsDrawn").asInt() >= 6, "the charts are drawn: " + seen.path("chartsDrawn"));
        assertEquals(year, seen.path("year").asInt(), "the page opens on the latest year with budget lines");
        assertEquals(IllustrativeDataset.CLASSIFIED_YEAR, year, "the dataset's latest year holds its classified measures");
        JsonNode overview = SuiteClient.expect(viewer.get("/api/reports/v1/overviews/" + year), 200);
        JsonNode overviewAsOf = SuiteClient.expect(viewer.get("/api/reports/v1/overviews/" + year + "?asOf="
                + java.net.URLEncoder.encode(seen.path("asOf").asText(), java.nio.charset.StandardCharsets.UTF_8)), 200);
        for (String figure : FIGURES) {
            assertEquals(beforeAllocation(overview, figure), seen.path("figures").path(figure).asLong(),
                    figure + " equals the API's");
            assertEquals(overviewAsOf.path(figure).asLong(), seen.path("figuresAsOf").path(figure).asLong(),
                    figure + " at the peildatum equals the API's");
        }
        assertNotEquals(seen.path("figures").toString(), seen.path("figuresAsOf").toString(), "the peildatum changes the figures");
        assertTrue(seen.path("figureTexts").get(0).asText().matches("€[\\s\\u00a0]?[\\d.]+,\\d{2}"), "Dutch money: " + seen.path("figureTexts"));
        assertTrue(seen.path("englishFigureTexts").get(0).asText().matches("€[\\d,]+\\.\\d{2}"), "English money: "
                + seen.path("englishFigureTexts"));

        assertEquals(Api.JSON.valueToTree(List.of(months, months, months)), seen.path("seriesChart"),
                "the series chart is drawn: three lines, a point per month the API lists");
        assertEquals(months, seen.path("seriesMonths").asInt(), "its table has a row per month");
        assertEquals(Api.JSON.valueToTree(List.of(quarters, quarters, quarters)), seen.path("seriesQuarterChart"),
                "the quarter switch redraws it: a point per quarter the API lists");
        assertEquals(quarters, seen.path("seriesQuarters").asInt(), "its table has a row per quarter");
        assertTrue(quarters < months, "quarters (" + quarters + ") are fewer than months (" + months + ")");
        assertTheSeriesEndsOnTheOverview(seen, overview, overviewAsOf);
        long confidential = overview.path("confidential").path("amounts").path("allocatedCents").asLong();
        assertTrue(confidential > 0, "the viewer without clearance has classified money in the year: " + overview);
        assertEquals(confidential, seen.path("figures").path("confidentialAllocatedCents").asLong(),
                "the page shows the confidential figure the totals carry");

        assertEquals(201, seen.path("allocationStatus").asInt(), "the allocation was accepted");
        assertEquals(seen.path("allocatedBefore").asLong() + INCREASE_CENTS, seen.path("allocatedAfter").asLong());
        assertTrue(seen.path("liveUpdateMs").asLong() < 2_000, "the open page showed the allocation within 2 s: "
                + seen.path("liveUpdateMs") + " ms");

        assertTrue(seen.path("measuresBehind").asInt() > 0, "a segment lists the measures behind it");
        assertTrue(seen.path("pictureTitle").asText().startsWith("IAT-"), "a measure opens its picture: " + seen.path("pictureTitle"));
        assertEquals("[]", seen.path("axeViolations").toString(), "axe-core: WCAG 2.1 AA");

        assertEquals("Moties en toezeggingen", seen.path("parliament").path("heading").asText());
        assertTheParliamentSectionIsTheApis(viewer, seen.path("parliament"), "");
        assertTheParliamentSectionIsTheApis(viewer, seen.path("parliamentAsOf"), "asOf="
                + java.net.URLEncoder.encode(seen.path("asOf").asText(), java.nio.charset.StandardCharsets.UTF_8) + "&");
        if (!seen.path("parliament").path("empty").asBoolean()) {
            assertTrue(seen.path("parliament").path("tableOpened").asBoolean(), "Enter on its summary opens the table");
        }
        System.out.printf("[dashboard] first view drawn in %d ms; allocation shown after %d ms%n",
                seen.path("firstViewMs").asLong(), seen.path("liveUpdateMs").asLong());
    }

    /**
     * The motions and commitments section shows the API's parliament-overviews at the same peildatum: the totals, the
     * overdue count, a table row and a pair of bars per status, and the overdue commitments the API lists; with no
     * commitments or motions yet, its empty state. Equality with the API, whatever the dataset holds.
     */
    private static void assertTheParliamentSectionIsTheApis(Api viewer, JsonNode section, String asOf) {
        JsonNode overview = SuiteClient.expect(viewer.get("/api/reports/v1/parliament-overviews?" + asOf), 200);
        JsonNode overdue = SuiteClient.expect(viewer.get("/api/reports/v1/commitments?" + asOf + "overdue=true&pageSize=100"), 200)
                .path("items").path("items");
        long commitments = sum(overview.path("commitmentsByStatus"));
        long motions = sum(overview.path("motionsByStatus"));
        String at = asOf.isEmpty() ? " now" : " at the peildatum";
        assertEquals(commitments, section.path("counts").path("commitments").asLong(), "commitments" + at + ": " + section);
        assertEquals(motions, section.path("counts").path("motions").asLong(), "motions" + at + ": " + section);
        assertEquals(overview.path("overdueCommitments").asLong(), section.path("counts").path("overdueCommitments").asLong(),
                "overdue commitments" + at + ": " + section);
        boolean empty = commitments + motions == 0;
        assertEquals(empty, section.path("empty").asBoolean(), "empty state" + at + ": " + section);
        assertEquals(empty, section.path("emptyShown").asBoolean(), "the empty state is said" + at);
        assertEquals(!empty, section.path("chartDrawn").asBoolean(), "the chart is drawn unless empty" + at);
        List<String> listed = new java.util.ArrayList<>();
        overdue.forEach(c -> listed.add(c.path("number").asText()));
        assertEquals(Api.JSON.valueToTree(listed), section.path("overdueListed"), "the overdue commitments the API lists" + at);
        if (overdue.size() < 100) {
            assertEquals(overview.path("overdueCommitments").asLong(), listed.size(), "as many as the overview counts" + at);
        }
        if (empty) {
            return;
        }
        assertEquals(Api.JSON.valueToTree(List.of(commitments, motions)).toString(), section.path("chartSums").toString(),
                "the bars add up to the totals" + at);
        for (String kind : List.of("commitments", "motions")) {
            JsonNode byStatus = overview.path(kind + "ByStatus");
            byStatus.fieldNames().forEachRemaining(status -> assertEquals(byStatus.path(status).asLong(),
                    section.path("byStatus").path(status).path(kind).asLong(), kind + " " + status + at + ": " + section));
            section.path("byStatus").fieldNames().forEachRemaining(status -> assertEquals(byStatus.path(status).asLong(0),
                    section.path("byStatus").path(status).path(kind).asLong(), kind + " " + status + " in the table" + at));
        }
    }

    private static long sum(JsonNode counts) {
        long total = 0;
        for (JsonNode count : counts) {
            total += count.asLong();
        }
        return total;
    }

    /** Before the browser's own allocation, which the overview fetched afterwards already counts. */
    private static long beforeAllocation(JsonNode overview, String figure) {
        long now = overview.path(figure).asLong();
        return switch (figure) {
            case "allocatedCents" -> now - INCREASE_CENTS;
            case "freeCents" -> now + INCREASE_CENTS;
            default -> now;
        };
    }

    /**
     * The series' last table row (cumulative) plus the confidential money it shows beside its periods (ADR 0016) is
     * the year's overview: by month, by quarter, at the peildatum, live.
     */
    private static void assertTheSeriesEndsOnTheOverview(JsonNode seen, JsonNode overview, JsonNode overviewAsOf) {
        for (String figure : SERIES) {
            assertEquals(beforeAllocation(overview, figure), shown(seen, "seriesLast", "seriesConfidential", figure),
                    figure + ": the monthly series ends on the year's figure");
            assertEquals(overviewAsOf.path(figure).asLong(), shown(seen, "seriesLastAsOf", "seriesConfidentialAsOf", figure),
                    figure + ": at the peildatum the monthly series ends on the year's figure then");
            assertEquals(beforeAllocation(overview, figure), shown(seen, "seriesQuarterLast", "seriesQuarterConfidential",
                    figure), figure + ": the quarterly series ends on the year's figure");
            assertEquals(overview.path(figure).asLong(), shown(seen, "seriesLastAfter", "seriesConfidentialAfter", figure),
                    figure + ": the open page's series follows the allocation");
        }
    }

    private static long shown(JsonNode seen, String last, String confidential, String figure) {
        return seen.path(last).path(figure).asLong() + seen.path(confidential).path(figure).asLong(0);
    }

    /** How many periods the API lists for the year now, before the browser's allocation adds any. */
    private static int periods(Api viewer, int year, String interval) {
        return SuiteClient.expect(viewer.get("/api/reports/v1/money-series/" + year + "?interval=" + interval), 200)
                .path("points").size();
    }

    private static int latestFundedYear(Api viewer) {
        int year = LocalDate.now().getYear();
        while (SuiteClient.expect(viewer.get("/api/reports/v1/overviews/" + year), 200).path("linedCents").asLong() == 0) {
            year--;
        }
        return year;
    }

    /** An INCREASE on an allocation of an open measure, on a line of the year that has room for it. */
    private static Map<String, Object> increaseOnALineWithRoom(String gateway, int year) {
        String token = IllustrativeSuite.developmentToken("budget-controller");
        Api controller = new Api(gateway, token);
        for (JsonNode line : SuiteClient.expect(controller.get("/api/budget/v1/budget-lines?fiscalYear=" + year
                + "&pageSize=100"), 200).path("items")) {
            if (line.path("freeCents").asLong() < INCREASE_CENTS) {
                continue;
            }
            for (JsonNode allocation : SuiteClient.expect(controller.get("/api/budget/v1/allocations?budgetLineId="
                    + line.path("budgetLineId").asText()), 200).path("items")) {
                String measure = allocation.path("measureId").asText();
                JsonNode picture = SuiteClient.expect(controller.get("/api/reports/v1/measures/" + measure), 200);
                if (List.of("APPROVED", "IN_PROGRESS").contains(picture.path("measure").path("status").asText())) {
                    return Map.of("path", "/api/budget/v1/budget-lines/" + line.path("budgetLineId").asText() + "/ledger-entries",
                            "token", token, "body", Map.of("kind", "INCREASE", "measureId", measure,
                                    "amountCents", INCREASE_CENTS, "reason", "Dashboard live update check"));
                }
            }
        }
        throw new IllegalStateException("The dataset has no line of " + year + " with room and an open measure");
    }
}
