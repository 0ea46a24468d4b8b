package nl.iat.budget.rest;

import static io.restassured.RestAssured.given;
import static nl.iat.budget.rest.BudgetFixtures.BASE;
import static nl.iat.budget.rest.BudgetFixtures.allocate;
import static nl.iat.budget.rest.BudgetFixtures.as;
import static nl.iat.budget.rest.BudgetFixtures.entry;
import static nl.iat.budget.rest.BudgetFixtures.measure;
import static nl.iat.budget.rest.BudgetFixtures.newLine;
import static nl.iat.budget.rest.BudgetFixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.platform.security.Roles;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.PrometheusText;
import org.junit.jupiter.api.Test;

/**
 * The ledger's business metrics on /q/metrics: recorded entries by kind, refused ones by kind and
 * the rule's reason code, and overspend refusals of entries and commitments on their own counter.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class BudgetMetricsTest {

    private static final String RECORDED = "iat_ledger_entries_recorded_total";
    private static final String REFUSED = "iat_ledger_entries_refused_total";
    private static final String OVERSPEND = "iat_budget_overspend_refused_total";

    @Test
    void recordedAndRefusedEntriesAndOverspendAreCounted() {
        String lineId = newLine(1_000L);
        UUID measureId = measure("APPROVED");
        String before = metrics();

        String allocationId = allocate(lineId, measureId, 600L);
        record(lineId, entry("INCREASE", measureId, 401L)).then().statusCode(409);
        record(lineId, entry("DECREASE", measureId, 601L)).then().statusCode(409);
        record(lineId, entry("ALLOCATE", UUID.randomUUID(), 1L)).then().statusCode(422);
        as(Roles.BUDGET_CONTROLLER).body(Map.of("amountCents", 601L, "date", BudgetFixtures.today().toString(),
                "description", "Too much")).post(BASE + "/allocations/" + allocationId + "/commitments")
                .then().statusCode(409);
        String after = metrics();

        assertEquals(1, increase(before, after, RECORDED, Map.of("kind", "ALLOCATE")));
        assertEquals(0, increase(before, after, RECORDED, Map.of("kind", "INCREASE")), "a refusal is not recorded");
        assertEquals(1, increase(before, after, REFUSED, Map.of("kind", "INCREASE", "reason", "overspend")));
        assertEquals(1, increase(before, after, REFUSED, Map.of("kind", "DECREASE", "reason", "exceeds-releasable")));
        assertEquals(1, increase(before, after, REFUSED, Map.of("kind", "ALLOCATE", "reason", "unprocessable")));
        assertEquals(1, increase(before, after, OVERSPEND, Map.of("kind", "INCREASE")));
        assertEquals(0, increase(before, after, OVERSPEND, Map.of("kind", "DECREASE")), "only overspend counts there");
        assertEquals(1, increase(before, after, OVERSPEND, Map.of("kind", "COMMITMENT")));
    }

    private static double increase(String before, String after, String name, Map<String, String> labels) {
        return PrometheusText.value(after, name, labels) - PrometheusText.value(before, name, labels);
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
