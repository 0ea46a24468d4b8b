package nl.iat.budget.rest;

import static io.restassured.RestAssured.given;
import static nl.iat.budget.rest.BudgetFixtures.BASE;
import static nl.iat.budget.rest.BudgetFixtures.as;
import static nl.iat.budget.rest.BudgetFixtures.line;
import static nl.iat.budget.rest.BudgetFixtures.newEnvelope;
import static nl.iat.budget.rest.BudgetFixtures.newLine;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.platform.security.Roles;
import nl.iat.testing.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

/** Envelopes and budget lines over HTTP: the envelope rule, preconditions, idempotency, roles, lists. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class EnvelopeAndLineTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void envelopeIsCreatedReadAndChangedOnlyWithItsCurrentETag() {
        int year = newEnvelope(1_300_000_000L);
        String path = BASE + "/envelopes/" + year;
        as(Roles.VIEWER).get(path).then().statusCode(200).header("ETag", "\"1\"")
                .body("amountCents", equalTo(1_300_000_000)).body("createdBy", equalTo("admin-client"))
                .body("createdAt", endsWith("Z"));
        Map<String, Object> update = Map.of("amountCents", 1_400_000_000L, "budgetArticle", "VI.36");

        as(Roles.ADMIN).body(update).put(path).then().statusCode(428).contentType(PROBLEM);
        as(Roles.ADMIN).header("If-Match", "\"7\"").body(update).put(path).then().statusCode(412).contentType(PROBLEM);
        as(Roles.ADMIN).header("If-Match", "\"1\"").body(update).put(path).then().statusCode(200)
                .header("ETag", "\"2\"").body("amountCents", equalTo(1_400_000_000));
        as(Roles.ADMIN).header("If-Match", "\"1\"").body(update).put(path).then().statusCode(412);

        as(Roles.VIEWER).get(path + "/changes").then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.action", contains("CREATED", "UPDATED"))
                .body("items[1].before.amountCents", equalTo(1_300_000_000))
                .body("items[1].after.amountCents", equalTo(1_400_000_000))
                .body("items[1].actor", equalTo("admin-client"));
    }

    @Test
    void retriedEnvelopeCreationReturnsTheFirstResponseAndCreatesOne() {
        int year = newEnvelope(1L) + 1;
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("fiscalYear", year, "amountCents", 500L, "budgetArticle", "VI.36");
        var first = as(Roles.ADMIN).header("Idempotency-Key", key).body(body).post(BASE + "/envelopes");
        first.then().statusCode(201).header("Location", endsWith("/envelopes/" + year));
        as(Roles.ADMIN).header("Idempotency-Key", key).body(body).post(BASE + "/envelopes").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("createdAt", equalTo(first.path("createdAt")));
        as(Roles.ADMIN).header("Idempotency-Key", key).body(Map.of("fiscalYear", year, "amountCents", 600L,
                "budgetArticle", "VI.36")).post(BASE + "/envelopes").then().statusCode(422).contentType(PROBLEM);
        // without the key a second create is a conflict, and the amount is still the first one
        as(Roles.ADMIN).body(body).post(BASE + "/envelopes").then().statusCode(409).contentType(PROBLEM);
        as(Roles.VIEWER).get(BASE + "/envelopes/" + year).then().body("amountCents", equalTo(500));
    }

    @Test
    void invalidEnvelopesAreRefusedWithProblemsAndChangeNothing() {
        long before = BudgetFixtures.count("select count(*) from envelope");
        as(Roles.ADMIN).body(Map.of("fiscalYear", 1999, "amountCents", 1, "budgetArticle", "VI.36"))
                .post(BASE + "/envelopes").then().statusCode(400).contentType(PROBLEM)
                .body("invalidParams.name", hasItem("fiscalYear"));
        as(Roles.ADMIN).body(Map.of("fiscalYear", 2099, "amountCents", -1, "budgetArticle", "VI.36"))
                .post(BASE + "/envelopes").then().statusCode(400).body("invalidParams.name", hasItem("amountCents"));
        as(Roles.ADMIN).body(Map.of("fiscalYear", 2099, "amountCents", 1)).post(BASE + "/envelopes")
                .then().statusCode(400).body("invalidParams.name", hasItem("budgetArticle"));
        as(Roles.ADMIN).body(Map.of("fiscalYear", 2099, "amountCents", 1, "budgetArticle", "x", "extra", 1))
                .post(BASE + "/envelopes").then().statusCode(400).body("invalidParams.name", hasItem("extra"));
        as(Roles.ADMIN).body(Map.of("fiscalYear", 2099, "amountCents", 1.5, "budgetArticle", "x"))
                .post(BASE + "/envelopes").then().statusCode(400).contentType(PROBLEM);
        as(Roles.ADMIN).body("{not json").post(BASE + "/envelopes").then().statusCode(400).contentType(PROBLEM);
        as(Roles.VIEWER).get(BASE + "/envelopes/1234").then().statusCode(404).contentType(PROBLEM);
        assertEquals(before, BudgetFixtures.count("select count(*) from envelope"));
    }

    @Test
    void rolesAreEnforced() {
        Map<String, Object> body = Map.of("fiscalYear", 2098, "amountCents", 1, "budgetArticle", "VI.36");
        given().contentType("application/json").body(body).post(BASE + "/envelopes").then().statusCode(401)
                .contentType(PROBLEM);
        given().get(BASE + "/budget-lines").then().statusCode(401);
        as(Roles.VIEWER).body(body).post(BASE + "/envelopes").then().statusCode(403).contentType(PROBLEM);
        as(Roles.BUDGET_CONTROLLER).body(body).post(BASE + "/envelopes").then().statusCode(403);
        as(Roles.MEASURE_EDITOR).body(line(2098, "FINANCING", 1)).post(BASE + "/budget-lines").then().statusCode(403);
        as(Roles.VIEWER).body(line(2098, "FINANCING", 1)).post(BASE + "/budget-lines").then().statusCode(403);
        as(Roles.MEASURE_EDITOR).get(BASE + "/budget-lines").then().statusCode(200);
        as(Roles.VIEWER).get(BASE + "/envelopes").then().statusCode(200);
        assertEquals(0, BudgetFixtures.count("select count(*) from envelope where fiscal_year = 2098"));
    }

    @Test
    void theLinesOfAYearNeverExceedItsEnvelope() {
        int year = newEnvelope(1_000_000L);
        String first = newLine(year, "EARLY_DETECTION", 600_000L);
        as(Roles.BUDGET_CONTROLLER).body(line(year, "FINANCING", 400_001L)).post(BASE + "/budget-lines")
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("400000 cents are still free"));
        newLine(year, "FINANCING", 400_000L);

        // raising a line beyond the envelope is refused; so is lowering the envelope below the lines
        Map<String, Object> raise = Map.of("title", "Raised", "ownerOrganisationId", BudgetFixtures.OWNER,
                "amountCents", 600_001L);
        as(Roles.BUDGET_CONTROLLER).header("If-Match", "\"1\"").body(raise).put(BASE + "/budget-lines/" + first)
                .then().statusCode(409).contentType(PROBLEM);
        as(Roles.ADMIN).header("If-Match", "\"1\"").body(Map.of("amountCents", 999_999L, "budgetArticle", "VI.36"))
                .put(BASE + "/envelopes/" + year).then().statusCode(409).contentType(PROBLEM);

        // lowering a line frees room in the envelope
        Map<String, Object> lower = Map.of("title", "Lowered", "ownerOrganisationId", BudgetFixtures.OWNER,
                "amountCents", 500_000L);
        as(Roles.BUDGET_CONTROLLER).header("If-Match", "\"1\"").body(lower).put(BASE + "/budget-lines/" + first)
                .then().statusCode(200).header("ETag", "\"2\"").body("title", equalTo("Lowered"));
        newLine(year, "INTERNATIONAL", 100_000L);
        as(Roles.VIEWER).get(BASE + "/year-summaries/" + year).then().statusCode(200)
                .body("linedCents", equalTo(1_000_000)).body("unlinedCents", equalTo(0));
        as(Roles.VIEWER).get(BASE + "/budget-lines/" + first + "/changes").then()
                .body("items[1].before.amountCents", equalTo(600_000))
                .body("items[1].after.amountCents", equalTo(500_000));
    }

    @Test
    void invalidLinesAreRefusedWithProblems() {
        int year = newEnvelope(1_000L);
        as(Roles.BUDGET_CONTROLLER).body(line(year, "WISHFUL_THINKING", 1)).post(BASE + "/budget-lines")
                .then().statusCode(400).contentType(PROBLEM).body("invalidParams[0].name", equalTo("priorityLineCode"))
                .body("invalidParams[0].reason", containsString("EARLY_DETECTION"));
        as(Roles.BUDGET_CONTROLLER).body(line(2097, "FINANCING", 1)).post(BASE + "/budget-lines")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("fiscalYear"));
        Map<String, Object> noOwner = new HashMap<>(line(year, "FINANCING", 1));
        noOwner.remove("ownerOrganisationId");
        as(Roles.BUDGET_CONTROLLER).body(noOwner).post(BASE + "/budget-lines").then().statusCode(400)
                .body("invalidParams.name", hasItem("ownerOrganisationId"));
        Map<String, Object> badOwner = new HashMap<>(line(year, "FINANCING", 1));
        badOwner.put("ownerOrganisationId", "not-a-uuid");
        as(Roles.BUDGET_CONTROLLER).body(badOwner).post(BASE + "/budget-lines").then().statusCode(400)
                .contentType(PROBLEM);
        as(Roles.BUDGET_CONTROLLER).header("If-Match", "\"1\"").body(Map.of("title", "x", "ownerOrganisationId",
                BudgetFixtures.OWNER, "amountCents", 1)).put(BASE + "/budget-lines/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
        as(Roles.VIEWER).get(BASE + "/budget-lines/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
        assertEquals(0, BudgetFixtures.count("select count(*) from budget_line where fiscal_year = " + year));
    }

    @Test
    void linesAreFilteredSortedAndPaged() {
        int year = newEnvelope(10_000L);
        newLine(year, "EARLY_DETECTION", 1_000L);
        newLine(year, "FINANCING", 3_000L);
        newLine(year, "FINANCING", 2_000L);
        as(Roles.VIEWER).queryParam("fiscalYear", year).queryParam("sort", "-amountCents").queryParam("pageSize", 2)
                .get(BASE + "/budget-lines").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .body("items.amountCents", contains(3_000, 2_000));
        as(Roles.VIEWER).queryParam("fiscalYear", year).queryParam("priorityLineCode", "FINANCING")
                .queryParam("sort", "amountCents").get(BASE + "/budget-lines").then()
                .body("items.amountCents", contains(2_000, 3_000));
        as(Roles.VIEWER).queryParam("fiscalYear", year).queryParam("page", 2).queryParam("pageSize", 2)
                .queryParam("sort", "amountCents").get(BASE + "/budget-lines").then()
                .body("items.amountCents", contains(3_000));
        as(Roles.VIEWER).queryParam("sort", "secret").get(BASE + "/budget-lines").then().statusCode(400)
                .contentType(PROBLEM).body("invalidParams[0].name", equalTo("sort"));
        as(Roles.VIEWER).queryParam("fiscalYear", "twenty").get(BASE + "/budget-lines").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("fiscalYear"));
        as(Roles.VIEWER).queryParam("ownerOrganisationId", "nope").get(BASE + "/budget-lines").then().statusCode(400);
        as(Roles.VIEWER).queryParam("pageSize", 101).get(BASE + "/budget-lines").then().statusCode(400);
        as(Roles.VIEWER).queryParam("fiscalYearFrom", year).queryParam("fiscalYearTo", year).get(BASE + "/envelopes")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].fiscalYear", equalTo(year));
        as(Roles.VIEWER).queryParam("fiscalYearTo", year).queryParam("sort", "-fiscalYear").queryParam("pageSize", 1)
                .get(BASE + "/envelopes").then().body("items[0].fiscalYear", equalTo(year));
        as(Roles.VIEWER).queryParam("fiscalYearFrom", "1999").get(BASE + "/envelopes").then().statusCode(400)
                .contentType(PROBLEM).body("invalidParams[0].name", equalTo("fiscalYearFrom"));
    }
}
