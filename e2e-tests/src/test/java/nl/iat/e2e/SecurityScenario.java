package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.iat.e2e.client.Api;
import nl.iat.e2e.client.SuiteClient;
import nl.iat.e2e.harness.Figures;
import nl.iat.e2e.harness.Fixtures;
import nl.iat.e2e.harness.ManagedProcess;
import nl.iat.e2e.harness.Suite;
import nl.iat.e2e.harness.Tokens;
import nl.iat.platform.security.Roles;
import org.junit.jupiter.api.Test;

/**
 * Scenario 9: bad tokens and wrong roles are refused by the gateway, and by each service directly; and
 * the services decide on the object (ADR 0015): an editor or controller of another organisation is
 * refused what its organisation does not lead or own, through the gateway and at the service.
 */
class SecurityScenario {

    /** A fiscal year no other scenario uses, for the line of the organisation checks. */
    private static final int YEAR = 2016;

    private static final Map<String, String> READS = Map.of(
            "measures-service", "/api/measures/v1/measures",
            "budget-service", "/api/budget/v1/budget-lines",
            "reporting-service", "/api/reports/v1/measures");

    @Test
    void badTokensAndWrongRolesAreRefusedAtTheGatewayAndAtEveryService() {
        Suite suite = Suite.get();
        Map<String, Function<String, String>> spoiled = new LinkedHashMap<>();
        spoiled.put("no token", role -> null);
        spoiled.put("expired", Tokens::expired);
        spoiled.put("wrong issuer", Tokens::wrongIssuer);
        spoiled.put("wrong audience", Tokens::wrongAudience);
        spoiled.put("alg none", Tokens::algNone);
        spoiled.put("tampered signature", Tokens::tampered);
        List<String> failures = new ArrayList<>();
        int checks = 0;
        for (ManagedProcess service : List.of(suite.measures, suite.budget, suite.reporting)) {
            String path = READS.get(service.name());
            for (String base : List.of(suite.gatewayUrl(), service.url())) {
                assertEquals(200, new Api(base, Tokens.of(Roles.VIEWER)).get(path).status(), "valid token reads " + base + path);
                for (var entry : spoiled.entrySet()) {
                    Api.Reply reply = new Api(base, entry.getValue().apply(Roles.VIEWER)).get(path);
                    checks++;
                    if (reply.status() != 401 || !reply.isProblem()) {
                        failures.add(entry.getKey() + " at " + base + path + " -> " + reply);
                    }
                }
                Api.Reply queryToken = new Api(base, null).get(path + "?access_token=" + Tokens.of(Roles.VIEWER));
                checks++;
                if (queryToken.status() != 401) {
                    failures.add("token in query at " + base + path + " -> " + queryToken);
                }
            }
        }
        int wrongRole = 0;
        for (String base : List.of(suite.gatewayUrl(), suite.measures.url())) {
            Api.Reply reply = new Api(base, Tokens.of(Roles.VIEWER)).post("/api/measures/v1/measures", Map.of("title", "x"));
            wrongRole++;
            if (reply.status() != 403 || !reply.isProblem()) {
                failures.add("viewer writing a measure at " + base + " -> " + reply);
            }
        }
        for (String base : List.of(suite.gatewayUrl(), suite.budget.url())) {
            Api.Reply reply = new Api(base, Tokens.of(Roles.MEASURE_EDITOR)).post("/api/budget/v1/budget-lines", Map.of());
            wrongRole++;
            if (reply.status() != 403 || !reply.isProblem()) {
                failures.add("measure-editor writing a budget line at " + base + " -> " + reply);
            }
        }
        Figures.record("9 security", Map.of("bad-token requests", checks, "wrong-role requests", wrongRole,
                "wrongly accepted", failures.size()));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void anEditorAndAControllerOfAnotherOrganisationAreRefusedWhatTheyDoNotLeadOrOwn() {
        Suite suite = Suite.get();
        SuiteClient central = Fixtures.client();
        String measure = Fixtures.approvedMeasure(central, "Led by the NCTV");
        String line = Fixtures.budgetLine(central, YEAR, 1_000_000L);
        // as a developer gets them in the local run: the organisation by its name
        String aivdEditor = developmentToken(suite, Roles.MEASURE_EDITOR, "AIVD");
        String aivdController = developmentToken(suite, Roles.BUDGET_CONTROLLER, "AIVD");
        String aivd = central.organisationId("AIVD");
        List<String> failures = new ArrayList<>();
        for (String base : List.of(suite.gatewayUrl(), suite.measures.url())) {
            Api editor = new Api(base, aivdEditor);
            Api.Reply before = central.viewer().get("/api/measures/v1/measures/" + measure);
            Map<String, Object> changed = central.measure("Taken over by the AIVD", "VOORKOMEN", "DERADICALISATION",
                    "PREVENTIVE", "INTENSIFICATION", aivd);
            Api.Reply refused = editor.send("PUT", "/api/measures/v1/measures/" + measure, changed, "application/json",
                    Map.of("If-Match", before.header("ETag")));
            if (refused.status() != 403 || !refused.isProblem()) {
                failures.add("AIVD editor changing the NCTV's measure at " + base + " -> " + refused);
            }
            Api.Reply after = central.viewer().get("/api/measures/v1/measures/" + measure);
            if (!before.body().equals(after.body())) {
                failures.add("the refused change at " + base + " changed the measure: " + after.body());
            }
            Api.Reply own = editor.post("/api/measures/v1/measures", central.measure("Led by the AIVD", "VERWERVEN",
                    "EARLY_DETECTION", "PREVENTIVE", "INTENSIFICATION", aivd));
            if (own.status() != 201) {
                failures.add("AIVD editor registering its own measure at " + base + " -> " + own);
            }
        }
        for (String base : List.of(suite.gatewayUrl(), suite.budget.url())) {
            long entries = Fixtures.ledgerEntries(central, line);
            Api.Reply refused = new Api(base, aivdController).post("/api/budget/v1/budget-lines/" + line + "/ledger-entries",
                    Map.of("kind", "ALLOCATE", "measureId", measure, "amountCents", 100, "reason", "Not ours"));
            if (refused.status() != 403 || !refused.isProblem() || Fixtures.ledgerEntries(central, line) != entries) {
                failures.add("AIVD controller allocating on the NCTV's line at " + base + " -> " + refused);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static String developmentToken(Suite suite, String role, String organisation) {
        Api.Reply reply = new Api(suite.gatewayUrl(), null).get("/dev/tokens?role=" + role + "&organisation=" + organisation);
        return SuiteClient.expect(reply, 200).path("accessToken").asText();
    }
}
