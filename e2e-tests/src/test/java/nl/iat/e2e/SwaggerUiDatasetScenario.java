package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import nl.iat.e2e.client.Api;
import nl.iat.e2e.harness.Browser;
import nl.iat.e2e.harness.IllustrativeSuite;
import org.junit.jupiter.api.Test;

/**
 * The README's "From zero to a call in Swagger UI", done by a real browser on the real suite with
 * the illustrative dataset: for each API, pick it, Authorize with a development token, "Try it out"
 * on a list GET with the defaults and on a POST with the example body Swagger UI fills in. Every
 * call must reach the operation's real address through the gateway and succeed.
 */
class SwaggerUiDatasetScenario {

    private static final Map<String, List<String>> CALLS = Map.of(
            "measures", List.of("listMeasures", "registerMeasure"),
            "budget", List.of("listBudgetLines", "createEnvelope"),
            "reports", List.of("listProgressReports", "freezeProgressReport"));
    private static final Map<String, String> BASES = Map.of(
            "measures", "/api/measures/v1", "budget", "/api/budget/v1", "reports", "/api/reports/v1");
    private static final Map<String, String> PATHS = Map.of(
            "listMeasures", "/measures", "registerMeasure", "/measures",
            "listBudgetLines", "/budget-lines", "createEnvelope", "/envelopes",
            "listProgressReports", "/progress-reports", "freezeProgressReport", "/progress-reports");

    @Test
    void eachApiCanBeCalledFromSwaggerUiWithItsDefaultsAndExamples() throws Exception {
        String gateway = IllustrativeSuite.get().gatewayUrl();
        String token = IllustrativeSuite.developmentToken("admin");
        String calls = Api.JSON.writeValueAsString(List.of("measures", "budget", "reports").stream()
                .map(api -> Map.of("api", api, "operations", CALLS.get(api))).toList());

        JsonNode seen = Browser.run("swagger-ui-try-it-out.mjs",
                Map.of("GATEWAY_URL", gateway, "BEARER_TOKEN", token, "CALLS", calls));

        assertEquals(Set.of("measures", "budget", "reports"), Set.copyOf(Api.JSON.convertValue(seen.path("apis"), List.class)));
        assertEquals(6, seen.path("calls").size(), "every call was made: " + seen);
        for (JsonNode call : seen.path("calls")) {
            String operation = call.path("operationId").asText();
            String expected = gateway + BASES.get(call.path("api").asText()) + PATHS.get(operation);
            assertEquals(expected, call.path("url").asText().replaceFirst("\\?.*$", ""), operation + " called its real address");
            assertTrue(call.path("url").asText().replaceFirst("^[^?]*\\??", "").replaceAll("(^|&)(page|pageSize|sort)=[^&]*", "")
                    .isEmpty(), operation + " sent nothing but the paging defaults: " + call.path("url").asText());
            assertTrue(call.path("sentAuthorization").asBoolean(), operation + " sent the bearer token");
            int expectedStatus = operation.startsWith("list") ? 200 : 201;
            assertEquals(expectedStatus, call.path("status").asInt(), operation + ": " + call.path("body").asText());
            assertEquals(String.valueOf(expectedStatus), call.path("shownStatus").asText(), operation + " shown in the page");
            if (operation.startsWith("list")) {
                assertTrue(call.path("itemCount").asInt() > 0,
                        operation + " returned the first unfiltered page of the dataset: " + call.path("body").asText());
            }
        }
        assertEquals(0, seen.path("consoleErrors").size(), "no script errors in the page: " + seen.path("consoleErrors"));
    }
}
