package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import nl.iat.e2e.client.Api;
import nl.iat.e2e.client.SuiteClient;
import nl.iat.e2e.dataset.IllustrativeDataset;
import nl.iat.e2e.harness.IllustrativeSuite;
import nl.iat.e2e.harness.Suite;
import org.junit.jupiter.api.Test;

/**
 * The illustrative dataset's three RESTRICTED measures and the three RESTRICTED lines funding them (ADR 0016)
 * through the gateway, for a viewer without
 * clearance and one cleared for RESTRICTED, with development tokens as the README gets them: the uncleared
 * viewer's measures, budget figures, report rows and CSV leave them out, its report totals are the cleared
 * viewer's because one confidential figure carries their money, and the cleared viewer's reads are in the
 * measures-service's access log for an admin. The dashboard's side is in {@link DashboardDatasetScenario}.
 */
class ClassifiedDatasetScenario {

    private static final int YEAR = IllustrativeDataset.CLASSIFIED_YEAR;

    @Test
    void aViewerWithoutClearanceSeesTheSameTotalsButNoClassifiedMeasure() {
        String gateway = IllustrativeSuite.get().gatewayUrl();
        Api uncleared = new Api(gateway, IllustrativeSuite.developmentToken("viewer"));
        Api cleared = new Api(gateway, token(gateway, "viewer", "RESTRICTED"));

        List<String> restricted = restrictedMeasures(cleared);
        assertEquals(3, restricted.size(), "the dataset's RESTRICTED measures, seen by the cleared viewer");
        assertTrue(restrictedMeasures(uncleared).isEmpty(), "the uncleared viewer's list leaves them out");
        for (String id : restricted) {
            assertEquals(404, uncleared.get("/api/measures/v1/measures/" + id).status(), "as if it did not exist");
            assertEquals(404, uncleared.get("/api/reports/v1/measures/" + id).status());
            assertEquals(200, cleared.get("/api/measures/v1/measures/" + id).status());
        }

        JsonNode open = SuiteClient.expect(uncleared.get("/api/reports/v1/overviews/" + YEAR), 200);
        JsonNode all = SuiteClient.expect(cleared.get("/api/reports/v1/overviews/" + YEAR), 200);
        assertEquals(all.path("allocatedCents").asLong(), open.path("allocatedCents").asLong(), "the same total");
        assertEquals(all.path("linedCents").asLong(), open.path("linedCents").asLong(), "the same lined money");
        assertEquals(120_000_000L, open.path("confidential").path("amounts").path("linedCents").asLong(),
                "the three RESTRICTED lines' amounts, as one figure");
        assertEquals(60_000_000L, open.path("confidential").path("amounts").path("allocatedCents").asLong(),
                "the three measures' money, as one figure");
        assertFalse(open.path("confidential").path("withheld").asBoolean());
        assertEquals(0L, all.path("confidential").path("amounts").path("allocatedCents").asLong());
        assertEquals(all.path("measuresByStatus").path("approved").asLong() - 3,
                open.path("measuresByStatus").path("approved").asLong(), "counts leave them out");

        String byOrganisation = "/api/reports/v1/breakdowns/lead-organisations?fiscalYear=" + YEAR;
        String aivd = new SuiteClient(gateway, IllustrativeDataset.developmentTokens(gateway)).organisationId("AIVD");
        assertFalse(groups(uncleared, byOrganisation).contains(aivd), "no row of the classified measures' lead");
        assertTrue(groups(cleared, byOrganisation).contains(aivd));
        String csv = uncleared.send("GET", byOrganisation, null, "application/json", java.util.Map.of("Accept", "text/csv"))
                .body();
        assertTrue(csv.contains("CONFIDENTIAL") && csv.contains("60000000"), csv);
        assertFalse(csv.contains(aivd), csv);

        String lines = "/api/budget/v1/budget-lines?fiscalYear=" + YEAR;
        assertEquals(1, SuiteClient.expect(uncleared.get(lines), 200).path("totalItems").asInt(), "the public line only");
        assertEquals(4, SuiteClient.expect(cleared.get(lines), 200).path("totalItems").asInt());
        JsonNode budgetOpen = SuiteClient.expect(uncleared.get("/api/budget/v1/year-summaries/" + YEAR), 200);
        JsonNode budgetAll = SuiteClient.expect(cleared.get("/api/budget/v1/year-summaries/" + YEAR), 200);
        assertEquals(budgetAll.path("allocatedCents").asLong() - 60_000_000L, budgetOpen.path("allocatedCents").asLong(),
                "the budget-service's own sums leave the classified money out");
        assertEquals(all.path("allocatedCents").asLong(), budgetAll.path("allocatedCents").asLong(),
                "and agree with the reports for a cleared reader");

        Api admin = new Api(gateway, IllustrativeSuite.developmentToken("admin"));
        JsonNode log = SuiteClient.expect(admin.get("/api/measures/v1/access-log?itemId=" + restricted.get(0)), 200);
        List<String> operations = new ArrayList<>();
        log.path("items").forEach(entry -> operations.add(entry.path("operation").asText()));
        assertTrue(operations.contains("getMeasure"), "the cleared viewer's read is in the access log: " + log);
        assertEquals(403, cleared.get("/api/measures/v1/access-log").status(), "which only admins read");
    }

    /**
     * Viewers of two organisations with each clearance (none, PUBLIC, RESTRICTED, SECRET), through the gateway and
     * at each service directly: the organisation does not matter for reading, the clearance does.
     */
    @Test
    void everyOrganisationAndClearanceSeesWhatItsClearanceCoversThroughTheGatewayAndAtEachService() {
        Suite suite = IllustrativeSuite.get();
        String gateway = suite.gatewayUrl();
        String measure = restrictedMeasures(new Api(gateway, token(gateway, "viewer", "SECRET"))).get(0);
        List<String> failures = new ArrayList<>();
        for (String organisation : List.of("NCTV", "AIVD")) {
            for (String clearance : java.util.Arrays.asList(null, "PUBLIC", "RESTRICTED", "SECRET")) {
                String token = SuiteClient.expect(new Api(gateway, null).get("/dev/tokens?role=viewer&organisation="
                        + organisation + (clearance == null ? "" : "&clearance=" + clearance)), 200).path("accessToken").asText();
                boolean sees = "RESTRICTED".equals(clearance) || "SECRET".equals(clearance);
                String who = organisation + " viewer with clearance " + clearance;
                for (String base : List.of(gateway, suite.measures.url())) {
                    expect(failures, who + " reading a RESTRICTED measure at " + base, sees ? 200 : 404,
                            new Api(base, token).get("/api/measures/v1/measures/" + measure).status());
                }
                for (String base : List.of(gateway, suite.budget.url())) {
                    expect(failures, who + " counting the " + YEAR + " lines at " + base, sees ? 4 : 1, SuiteClient.expect(
                            new Api(base, token).get("/api/budget/v1/budget-lines?fiscalYear=" + YEAR), 200)
                            .path("totalItems").asInt());
                }
                for (String base : List.of(gateway, suite.reporting.url())) {
                    JsonNode overview = SuiteClient.expect(new Api(base, token).get("/api/reports/v1/overviews/" + YEAR), 200);
                    expect(failures, who + " reading the total at " + base, 200_000_000L, overview.path("allocatedCents").asLong());
                    expect(failures, who + " reading the confidential figure at " + base, sees ? 0L : 60_000_000L,
                            overview.path("confidential").path("amounts").path("allocatedCents").asLong());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static void expect(List<String> failures, String what, long expected, long actual) {
        if (expected != actual) {
            failures.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    private static List<String> restrictedMeasures(Api viewer) {
        List<String> ids = new ArrayList<>();
        JsonNode page = SuiteClient.expect(viewer.get("/api/measures/v1/measures?pageSize=100"), 200);
        for (JsonNode measure : page.path("items")) {
            if (measure.path("title").asText().startsWith(IllustrativeDataset.RESTRICTED_TITLE)) {
                ids.add(measure.path("id").asText());
            }
        }
        return ids;
    }

    private static List<String> groups(Api viewer, String path) {
        List<String> keys = new ArrayList<>();
        SuiteClient.expect(viewer.get(path), 200).path("groups").path("items").forEach(row -> keys.add(row.path("groupKey")
                .asText()));
        return keys;
    }

    private static String token(String gateway, String role, String clearance) {
        return SuiteClient.expect(new Api(gateway, null).get("/dev/tokens?role=" + role + "&clearance=" + clearance), 200)
                .path("accessToken").asText();
    }
}
