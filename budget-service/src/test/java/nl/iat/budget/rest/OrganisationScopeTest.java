package nl.iat.budget.rest;

import static io.restassured.RestAssured.given;
import static nl.iat.budget.rest.BudgetFixtures.BASE;
import static nl.iat.budget.rest.BudgetFixtures.allocate;
import static nl.iat.budget.rest.BudgetFixtures.as;
import static nl.iat.budget.rest.BudgetFixtures.controllerOf;
import static nl.iat.budget.rest.BudgetFixtures.entry;
import static nl.iat.budget.rest.BudgetFixtures.measure;
import static nl.iat.budget.rest.BudgetFixtures.sharedEnvelope;
import static nl.iat.budget.rest.BudgetFixtures.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import nl.iat.platform.security.Roles;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Object- and property-level authorization (ADR 0015): a controller writes only the lines its own
 * organisation owns, with their ledger entries and spending, and cannot hand a line to another
 * organisation; a refused write leaves the line, its ledger and its spending as they were. The
 * coordinating NCTV and admin write across organisations.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class OrganisationScopeTest {

    private static final String AIVD = "00000000-0000-4000-8000-000000000002";
    private static final String POLITIE = "00000000-0000-4000-8000-000000000004";
    private static final String NCTV = TestTokens.COORDINATING_ORGANISATION;

    private int year;
    private String aivdLine;
    private UUID measure;
    private String allocation;

    @BeforeEach
    void anAivdLineWithAnAllocation() {
        year = sharedEnvelope();
        aivdLine = lineOf(AIVD, as(Roles.BUDGET_CONTROLLER)).statusCode(201).extract().path("budgetLineId");
        measure = measure("APPROVED");
        allocation = allocate(aivdLine, measure, 10_000_00L);
    }

    @Test
    void aControllerOfAnotherOrganisationAllocatesNothingOnTheLine() {
        for (String kind : new String[] { "INCREASE", "DECREASE", "WITHDRAW" }) {
            refusedUnchanged(() -> controllerOf(POLITIE).body(entry(kind, measure, kind.equals("WITHDRAW") ? null : 1_00L))
                    .post(BASE + "/budget-lines/" + aivdLine + "/ledger-entries").then()
                    .body("detail", containsString("belongs to organisation " + AIVD)));
        }
        refusedUnchanged(() -> controllerOf(POLITIE).body(entry("ALLOCATE", measure("APPROVED"), 1_00L))
                .post(BASE + "/budget-lines/" + aivdLine + "/ledger-entries").then());
    }

    @Test
    void aControllerOfAnotherOrganisationRecordsNoSpendingAndChangesNoLine() {
        for (String spending : new String[] { "commitments", "expenditures" }) {
            refusedUnchanged(() -> controllerOf(POLITIE).body(spending())
                    .post(BASE + "/allocations/" + allocation + "/" + spending).then());
        }
        refusedUnchanged(() -> controllerOf(POLITIE).header("If-Match", etag()).body(update(AIVD, 20_000_000_00L))
                .put(BASE + "/budget-lines/" + aivdLine).then());
    }

    @Test
    void theOwnersControllerWritesItsLineItsLedgerAndItsSpending() {
        controllerOf(AIVD).body(entry("INCREASE", measure, 5_00L))
                .post(BASE + "/budget-lines/" + aivdLine + "/ledger-entries").then().statusCode(201);
        controllerOf(AIVD).body(spending()).post(BASE + "/allocations/" + allocation + "/commitments").then().statusCode(201);
        controllerOf(AIVD).body(spending()).post(BASE + "/allocations/" + allocation + "/expenditures").then().statusCode(201);
        controllerOf(AIVD).header("If-Match", etag()).body(update(AIVD, 20_000_000_00L))
                .put(BASE + "/budget-lines/" + aivdLine).then().statusCode(200).body("amountCents", equalTo(2_000_000_000));
        lineOf(AIVD, controllerOf(AIVD)).statusCode(201).body("ownerOrganisationId", equalTo(AIVD));
    }

    @Test
    void theOwnersControllerCannotHandItsLineToAnotherOrganisation() {
        refusedUnchanged(() -> controllerOf(AIVD).header("If-Match", etag()).body(update(POLITIE, 10_000_000_00L))
                .put(BASE + "/budget-lines/" + aivdLine).then()
                .body("invalidParams.name", contains("ownerOrganisationId")));
        long lines = lines();
        lineOf(POLITIE, controllerOf(AIVD)).statusCode(403).contentType("application/problem+json")
                .body("invalidParams.name", contains("ownerOrganisationId"));
        assertEquals(lines, lines());
    }

    @Test
    void aTokenWithoutOrganisationWritesNoLine() {
        RequestSpecification noOrganisation = given().contentType(ContentType.JSON).header("Authorization",
                "Bearer " + TestTokens.token("controller-without-organisation", Roles.BUDGET_CONTROLLER));
        refusedUnchanged(() -> noOrganisation.body(entry("INCREASE", measure, 1_00L))
                .post(BASE + "/budget-lines/" + aivdLine + "/ledger-entries").then()
                .body("detail", containsString("names no organisation")));
        long lines = lines();
        lineOf(AIVD, noOrganisation).statusCode(403).body("detail", containsString("names no organisation"));
        assertEquals(lines, lines());
    }

    @Test
    void coordinatingCallersWriteAcrossOrganisations() {
        controllerOf(NCTV).body(entry("INCREASE", measure, 1_00L))
                .post(BASE + "/budget-lines/" + aivdLine + "/ledger-entries").then().statusCode(201);
        as(Roles.ADMIN).body(spending()).post(BASE + "/allocations/" + allocation + "/commitments").then().statusCode(201);
        controllerOf(NCTV).header("If-Match", etag()).body(update(POLITIE, 10_000_000_00L))
                .put(BASE + "/budget-lines/" + aivdLine).then().statusCode(200)
                .body("ownerOrganisationId", equalTo(POLITIE));
        // the Politie's now: its controller writes it, the AIVD's no longer
        controllerOf(POLITIE).body(entry("INCREASE", measure, 1_00L))
                .post(BASE + "/budget-lines/" + aivdLine + "/ledger-entries").then().statusCode(201);
        refusedUnchanged(() -> controllerOf(AIVD).body(entry("INCREASE", measure, 1_00L))
                .post(BASE + "/budget-lines/" + aivdLine + "/ledger-entries").then());
    }

    private ValidatableResponse lineOf(String owner, RequestSpecification caller) {
        return caller.body(Map.of("fiscalYear", year, "priorityLineCode", "EARLY_DETECTION", "title", "Line of " + owner,
                "ownerOrganisationId", owner, "amountCents", 10_000_000_00L)).post(BASE + "/budget-lines").then();
    }

    private static Map<String, Object> update(String owner, long amountCents) {
        return Map.of("title", "Vroegtijdig signaleren", "ownerOrganisationId", owner, "amountCents", amountCents);
    }

    private static Map<String, Object> spending() {
        return new HashMap<>(Map.of("amountCents", 1_00L, "date", today().toString(), "description", "Inhuur"));
    }

    private String etag() {
        return as(Roles.VIEWER).get(BASE + "/budget-lines/" + aivdLine).then().statusCode(200).extract().header("ETag");
    }

    private long lines() {
        return as(Roles.VIEWER).queryParam("fiscalYear", year).get(BASE + "/budget-lines").then().statusCode(200)
                .extract().<Number>path("totalItems").longValue();
    }

    /** The refusal is a 403 problem, and the line, its ledger and the allocation's spending are exactly as before. */
    private void refusedUnchanged(Supplier<ValidatableResponse> write) {
        String before = snapshot();
        write.get().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        assertEquals(before, snapshot());
    }

    private String snapshot() {
        return String.join("\n",
                as(Roles.VIEWER).get(BASE + "/budget-lines/" + aivdLine).then().statusCode(200).extract().asString(),
                as(Roles.VIEWER).get(BASE + "/budget-lines/" + aivdLine + "/ledger-entries").then().statusCode(200).extract().asString(),
                as(Roles.VIEWER).get(BASE + "/allocations/" + allocation + "/commitments").then().statusCode(200).extract().asString(),
                as(Roles.VIEWER).get(BASE + "/allocations/" + allocation + "/expenditures").then().statusCode(200).extract().asString());
    }
}
