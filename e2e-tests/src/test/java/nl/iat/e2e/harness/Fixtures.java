package nl.iat.e2e.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import nl.iat.e2e.client.Api;
import nl.iat.e2e.client.SuiteClient;
import nl.iat.platform.security.Roles;
import nl.iat.testing.Waits;

/** Shared set-up of the scenarios: a client with a token per role, measures, lines, convergence. */
public final class Fixtures {

    public static final long ENVELOPE_CENTS = 1_300_000_000L;
    public static final Duration CONVERGENCE = Duration.ofSeconds(120);

    private Fixtures() {
    }

    public static SuiteClient client() {
        return client(Suite.get().gatewayUrl());
    }

    /** A client with a token per role through another gateway process than the suite's. */
    public static SuiteClient client(String gatewayUrl) {
        return new SuiteClient(gatewayUrl, Map.of(
                Roles.VIEWER, Tokens.of(Roles.VIEWER),
                Roles.MEASURE_EDITOR, Tokens.of(Roles.MEASURE_EDITOR),
                Roles.BUDGET_CONTROLLER, Tokens.of(Roles.BUDGET_CONTROLLER),
                Roles.ADMIN, Tokens.of(Roles.ADMIN)));
    }

    public static String approvedMeasure(SuiteClient client, String title) {
        String id = client.registerMeasure(client.measure(title, "VOORKOMEN", "DERADICALISATION", "PREVENTIVE",
                "INTENSIFICATION", client.organisationId("NCTV")));
        client.transition(id, "APPROVED", "Approved for the end-to-end scenario");
        return id;
    }

    public static List<String> approvedMeasures(SuiteClient client, String title, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(approvedMeasure(client, title + " " + (i + 1)));
        }
        return ids;
    }

    public static String budgetLine(SuiteClient client, int fiscalYear, long amountCents) {
        client.ensureEnvelope(fiscalYear, ENVELOPE_CENTS);
        return client.createBudgetLine(fiscalYear, "DERADICALISATION", "Scenario line " + fiscalYear,
                client.organisationId("NCTV"), amountCents);
    }

    /** The number of ledger entries on a line, as the budget-service reports it. */
    public static long ledgerEntries(SuiteClient client, String budgetLineId) {
        return SuiteClient.expect(client.viewer().get("/api/budget/v1/budget-lines/" + budgetLineId
                + "/ledger-entries?pageSize=1"), 200).path("totalItems").asLong();
    }

    /** Money history entries the reports hold for these measures (one per ledger change they were part of). */
    public static long reportedMoneyChanges(SuiteClient client, List<String> measureIds) {
        long total = 0;
        for (String id : measureIds) {
            total += client.measurePicture(id).path("moneyHistory").size();
        }
        return total;
    }

    /** Polls until the condition holds; returns the value and the seconds it took. */
    public static <T> Converged<T> converge(Supplier<T> supplier, Predicate<T> condition) {
        long start = System.nanoTime();
        T value = Waits.until(supplier, condition, CONVERGENCE);
        return new Converged<>(value, condition.test(value), (System.nanoTime() - start) / 1_000_000_000.0);
    }

    public record Converged<T>(T value, boolean reached, double seconds) {
    }

    /** A rebuild a call started (202 with its Location) runs to its end before the caller goes on. */
    public static void awaitRebuild(Api api, Api.Reply reply) {
        if (reply.status() == 202 && reply.header("Location") != null) {
            String location = reply.header("Location").replaceFirst("^https?://[^/]+", "");
            Api admin = api.withToken(Tokens.of(Roles.ADMIN));
            converge(() -> admin.get(location).json().path("status").asText(), status -> !"RUNNING".equals(status));
        }
    }

    public static long cents(JsonNode node, String field) {
        return node.path(field).asLong();
    }
}
