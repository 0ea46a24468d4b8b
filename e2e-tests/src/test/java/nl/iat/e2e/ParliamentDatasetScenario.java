package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import nl.iat.e2e.client.Api;
import nl.iat.e2e.client.SuiteClient;
import nl.iat.e2e.dataset.IllustrativeDataset;
import nl.iat.e2e.harness.Figures;
import nl.iat.e2e.harness.Fixtures;
import nl.iat.e2e.harness.IllustrativeSuite;
import org.junit.jupiter.api.Test;

/**
 * Commitments and motions to parliament as a ministry tracks them (issue 16): the illustrative ones in
 * the reports and in both frozen progress reports as they stood on each peildatum; and a file of the
 * Tweede Kamer portal's records imported with the README's command, twice, the second time changing
 * nothing, with an unknown portal status kept and flagged in the reports.
 */
class ParliamentDatasetScenario {

    @Test
    void theDatasetsCommitmentsAndAnImportedFileReachTheReports() throws Exception {
        String gateway = IllustrativeSuite.get().gatewayUrl();
        Api viewer = new Api(gateway, IllustrativeSuite.developmentToken("viewer"));

        JsonNode first = report(viewer, IllustrativeDataset.FIRST_REPORT_DATE).path("content").path("parliament");
        assertEquals("true", field(first.path("commitments"), "TZ201811-902", "overdue"), "overdue on the first peildatum");
        assertEquals("FULFILLED", field(first.path("commitments"), "TZ201712-901", "status"));
        assertEquals("OPEN", field(first.path("motions"), "2018Z05901", "status"), "followed up only in 2020");
        JsonNode second = report(viewer, IllustrativeDataset.SECOND_REPORT_DATE).path("content").path("parliament");
        assertEquals("FULFILLED", field(second.path("commitments"), "TZ201811-902", "status"));
        assertEquals("true", field(second.path("commitments"), "TZ201906-903", "overdue"), "overdue by the second");
        assertEquals("REJECTED", field(second.path("motions"), "2019Z09902", "decision"));
        JsonNode overview = SuiteClient.expect(viewer.get("/api/reports/v1/parliament-overviews?asOf=2019-04-01T12:00:00Z"),
                200);
        assertEquals(1, overview.path("overdueCommitments").asInt(), "the report's overdue commitment, as the API counts it");

        Path file = Path.of("src/test/resources/parliament/toezeggingen.json").toAbsolutePath();
        JsonNode once = Api.JSON.readTree(importFile(gateway, file));
        assertEquals(2, once.path("created").size(), once.toString());
        JsonNode twice = Api.JSON.readTree(importFile(gateway, file));
        assertEquals(2, twice.path("unchanged").size(), "the same file again changes nothing: " + twice);
        JsonNode flagged = Fixtures.converge(() -> SuiteClient.expect(viewer.get(
                "/api/reports/v1/commitments?status=UNKNOWN&pageSize=100"), 200),
                page -> field(page.path("items").path("items"), "TZ202105-802", "portalStatus") != null).value();
        assertEquals("In behandeling", field(flagged.path("items").path("items"), "TZ202105-802", "portalStatus"),
                "an unknown portal status is kept and flagged");
        Figures.record("15 commitments and motions", Map.of("illustrative commitments in the second report",
                second.path("commitments").size(), "imported", once.path("created").size()));
    }

    /** Runs the README's import command on the file, as an editor; its output is the import's answer. */
    private static String importFile(String gateway, Path file) throws Exception {
        ProcessBuilder command = new ProcessBuilder("bash", "../scripts/parliament-import.sh", file.toString())
                .redirectErrorStream(false);
        command.environment().put("IAT_GATEWAY_URL", gateway);
        command.environment().put("IAT_TOKEN", IllustrativeSuite.developmentToken("measure-editor"));
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the import command ended");
        assertEquals(0, process.exitValue(), "the import command succeeded: " + output
                + new String(process.getErrorStream().readAllBytes()));
        return output;
    }

    private static JsonNode report(Api viewer, String referenceDate) {
        JsonNode page = SuiteClient.expect(viewer.get("/api/reports/v1/progress-reports?referenceDateFrom=" + referenceDate
                + "&referenceDateTo=" + referenceDate), 200);
        List<Integer> numbers = new ArrayList<>();
        page.path("items").forEach(item -> numbers.add(item.path("number").asInt()));
        assertTrue(!numbers.isEmpty(), "an illustrative progress report on " + referenceDate);
        return SuiteClient.expect(viewer.get("/api/reports/v1/progress-reports/" + numbers.get(0)), 200);
    }

    /** A field of the item with this number, as text; null when the item is not there. */
    private static String field(JsonNode items, String number, String field) {
        for (JsonNode item : items) {
            if (number.equals(item.path("number").asText())) {
                return item.path(field).isNull() ? "null" : item.path(field).asText();
            }
        }
        return null;
    }
}
