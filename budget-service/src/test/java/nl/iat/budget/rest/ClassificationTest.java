package nl.iat.budget.rest;

import static io.restassured.RestAssured.given;
import static nl.iat.budget.rest.BudgetFixtures.BASE;
import static nl.iat.budget.rest.BudgetFixtures.as;
import static nl.iat.budget.rest.BudgetFixtures.classifiedMeasure;
import static nl.iat.budget.rest.BudgetFixtures.count;
import static nl.iat.budget.rest.BudgetFixtures.entry;
import static nl.iat.budget.rest.BudgetFixtures.measure;
import static nl.iat.budget.rest.BudgetFixtures.newEnvelope;
import static nl.iat.budget.rest.BudgetFixtures.sharedEnvelope;
import static nl.iat.budget.rest.BudgetFixtures.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.iat.contracts.EventContracts;
import nl.iat.platform.security.Roles;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TestTokens;
import nl.iat.testing.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * Classification and clearance (ADR 0016), for callers of the coordinating NCTV and of the AIVD with each
 * of the three clearances: a line classified above the caller's clearance, and everything on it, is a 404
 * like an unknown id, for reads and writes alike, absent from lists and their totalItems and from the
 * year summary's sums; an allocation is as secret as its line and its measure; nobody classifies above
 * their own clearance; cleared reads of classified items are in the access log.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ClassificationTest {

    private static final String NCTV = TestTokens.COORDINATING_ORGANISATION;
    private static final String AIVD = "00000000-0000-4000-8000-000000000002";
    private static final List<String> ORGANISATIONS = List.of(NCTV, AIVD);
    private static final String PUBLIC = "PUBLIC";
    private static final String RESTRICTED = "RESTRICTED";
    private static final String SECRET = "SECRET";

    /** A SECRET line of the AIVD with an allocation to a PUBLIC measure, a ledger entry and a commitment. */
    private record SecretLine(String lineId, String allocationId, String entryId, String commitmentId) {
    }

    @Test
    void aSecretLineAndEverythingOnItIsUnknownToCallersWithoutSecretClearance() {
        int year = sharedEnvelope();
        SecretLine secret = secretLine(year);
        Map<String, String> underTheLine = Map.of("/budget-lines/" + secret.lineId(), secret.lineId(),
                "/budget-lines/" + secret.lineId() + "/changes", secret.lineId(),
                "/budget-lines/" + secret.lineId() + "/ledger-entries", secret.lineId(),
                "/budget-lines/" + secret.lineId() + "/ledger-entries/" + secret.entryId(), secret.lineId(),
                "/allocations/" + secret.allocationId(), secret.allocationId(),
                "/allocations/" + secret.allocationId() + "/commitments", secret.allocationId(),
                "/allocations/" + secret.allocationId() + "/commitments/" + secret.commitmentId(), secret.allocationId(),
                "/allocations/" + secret.allocationId() + "/expenditures", secret.allocationId());
        for (String organisation : ORGANISATIONS) {
            for (var path : underTheLine.entrySet()) {
                for (String clearance : List.of(PUBLIC, RESTRICTED)) {
                    assertUnknown(caller(Roles.VIEWER, organisation, clearance), path.getKey(), path.getValue());
                }
                caller(Roles.VIEWER, organisation, SECRET).get(BASE + path.getKey()).then().statusCode(200);
            }
            for (String clearance : List.of(PUBLIC, RESTRICTED)) {
                RequestSpecification viewer = caller(Roles.VIEWER, organisation, clearance);
                viewer.queryParam("fiscalYear", year).queryParam("pageSize", 100).get(BASE + "/budget-lines").then()
                        .statusCode(200).body("items.budgetLineId", not(hasItem(secret.lineId())))
                        .body("items.classification", everyItem(not(equalTo(SECRET))));
                caller(Roles.VIEWER, organisation, clearance).queryParam("budgetLineId", secret.lineId())
                        .get(BASE + "/allocations").then().statusCode(200).body("totalItems", equalTo(0));
            }
            caller(Roles.VIEWER, organisation, SECRET).queryParam("budgetLineId", secret.lineId())
                    .get(BASE + "/allocations").then().statusCode(200).body("totalItems", equalTo(1))
                    .body("items.allocationId", contains(secret.allocationId()));
            // the list's total counts each classified line only for callers cleared for it
            long secretLines = classifiedLines(year, SECRET);
            assertTrue(secretLines >= 1);
            assertEquals(lines(year, organisation, RESTRICTED) + secretLines, lines(year, organisation, SECRET));
            assertEquals(lines(year, organisation, PUBLIC) + classifiedLines(year, RESTRICTED),
                    lines(year, organisation, RESTRICTED));
        }
    }

    @Test
    void writesToAHiddenLineAreTheSame404AndChangeNothing() {
        SecretLine secret = secretLine(sharedEnvelope());
        String etag = caller(Roles.VIEWER, NCTV, SECRET).get(BASE + "/budget-lines/" + secret.lineId()).then()
                .statusCode(200).extract().header("ETag");
        long entries = count("select count(*) from ledger_entry where budget_line_id = cast(?1 as uuid)", secret.lineId());
        long spending = count("select count(*) from spending where allocation_id = cast(?1 as uuid)", secret.allocationId());
        // a measure that would be refused (422) on a visible line: on the hidden one the 404 comes first
        UUID closed = measure("CANCELLED");
        for (String organisation : ORGANISATIONS) {
            for (String clearance : List.of(PUBLIC, RESTRICTED)) {
                // the owner's own controller too: no 403, 409, 412 or 422 may tell that the line exists
                assertUnknownWrite(caller(Roles.BUDGET_CONTROLLER, organisation, clearance), "post",
                        "/budget-lines/" + secret.lineId() + "/ledger-entries", secret.lineId(),
                        entry("ALLOCATE", closed, 99_000_000_000_00L));
                assertUnknownWrite(caller(Roles.BUDGET_CONTROLLER, organisation, clearance), "put",
                        "/budget-lines/" + secret.lineId(), secret.lineId(), Map.of("title", "Declassified",
                                "ownerOrganisationId", NCTV, "amountCents", 0, "classification", SECRET));
                assertUnknownWrite(caller(Roles.BUDGET_CONTROLLER, organisation, clearance), "post",
                        "/allocations/" + secret.allocationId() + "/commitments", secret.allocationId(),
                        spending(99_000_000_000_00L));
                assertUnknownWrite(caller(Roles.BUDGET_CONTROLLER, organisation, clearance), "post",
                        "/allocations/" + secret.allocationId() + "/expenditures", secret.allocationId(), spending(1_00L));
            }
        }
        caller(Roles.VIEWER, AIVD, SECRET).get(BASE + "/budget-lines/" + secret.lineId()).then().statusCode(200)
                .header("ETag", etag).body("classification", equalTo(SECRET)).body("amountCents", equalTo(1_000_000_00));
        assertEquals(entries, count("select count(*) from ledger_entry where budget_line_id = cast(?1 as uuid)",
                secret.lineId()));
        assertEquals(spending, count("select count(*) from spending where allocation_id = cast(?1 as uuid)",
                secret.allocationId()));
    }

    @Test
    void aRestrictedMeasureIsFundedOnlyFromALineClassifiedAsHighAndItsAllocationIsHiddenWithIt() {
        UUID restricted = classifiedMeasure("APPROVED", RESTRICTED);
        RequestSpecification owner = caller(Roles.BUDGET_CONTROLLER, AIVD, RESTRICTED);
        // a PUBLIC line's allocated and free money would tell its readers what the hidden measure received
        String publicLine = line(sharedEnvelope(), null, 1_000_000_00L);
        owner.body(entry("ALLOCATE", restricted, 300_00L)).post(BASE + "/budget-lines/" + publicLine + "/ledger-entries")
                .then().statusCode(422).body("invalidParams.name", contains("measureId"));
        caller(Roles.VIEWER, AIVD, SECRET).get(BASE + "/budget-lines/" + publicLine).then().statusCode(200)
                .body("allocatedCents", equalTo(0));
        String lineId = line(sharedEnvelope(), RESTRICTED, 1_000_000_00L);
        Response allocated = caller(Roles.BUDGET_CONTROLLER, AIVD, RESTRICTED).body(entry("ALLOCATE", restricted, 300_00L))
                .post(BASE + "/budget-lines/" + lineId + "/ledger-entries");
        allocated.then().statusCode(201);
        String allocationId = allocated.path("changes[0].allocationId");
        String entryId = allocated.path("entryId");
        for (String organisation : ORGANISATIONS) {
            assertUnknown(caller(Roles.VIEWER, organisation, PUBLIC), "/budget-lines/" + lineId, lineId);
            assertUnknown(caller(Roles.VIEWER, organisation, PUBLIC), "/allocations/" + allocationId, allocationId);
            assertUnknown(caller(Roles.VIEWER, organisation, PUBLIC), "/allocations/" + allocationId + "/commitments",
                    allocationId);
            caller(Roles.VIEWER, organisation, PUBLIC).queryParam("measureId", restricted.toString())
                    .get(BASE + "/allocations").then().statusCode(200).body("totalItems", equalTo(0));
            for (String cleared : List.of(RESTRICTED, SECRET)) {
                caller(Roles.VIEWER, organisation, cleared).get(BASE + "/allocations/" + allocationId).then().statusCode(200)
                        .body("amountCents", equalTo(300_00));
                caller(Roles.VIEWER, organisation, cleared).get(BASE + "/budget-lines/" + lineId + "/ledger-entries").then()
                        .statusCode(200).body("totalItems", equalTo(1)).body("items.entryId", contains(entryId));
            }
        }
        assertUnknownWrite(caller(Roles.BUDGET_CONTROLLER, AIVD, PUBLIC), "post", "/allocations/" + allocationId + "/commitments",
                allocationId, spending(1_00L));
        caller(Roles.VIEWER, AIVD, RESTRICTED).get(BASE + "/allocations/" + allocationId).then().statusCode(200)
                .body("amountCents", equalTo(300_00)).body("committedCents", equalTo(0));
    }

    @Test
    void theYearSummaryLeavesHiddenLinesAndHiddenMoneyOutAndKeepsTheEnvelope() {
        int year = newEnvelope(100_000_00L);
        RequestSpecification owner = caller(Roles.BUDGET_CONTROLLER, AIVD, SECRET);
        String publicLine = line(year, null, 10_000_00L);
        String restrictedLine = line(year, RESTRICTED, 5_000_00L);
        String secretLine = line(year, SECRET, 50_000_00L);
        UUID publicMeasure = measure("APPROVED");
        UUID restrictedMeasure = classifiedMeasure("APPROVED", RESTRICTED);
        allocate(publicLine, publicMeasure, 3_000_00L);
        String restrictedAllocation = allocate(restrictedLine, restrictedMeasure, 2_000_00L);
        owner.body(spending(500_00L)).post(BASE + "/allocations/" + restrictedAllocation + "/commitments").then().statusCode(201);
        String secretAllocation = allocate(secretLine, publicMeasure, 7_000_00L);
        caller(Roles.BUDGET_CONTROLLER, AIVD, SECRET).body(spending(700_00L))
                .post(BASE + "/allocations/" + secretAllocation + "/expenditures").then().statusCode(201);

        for (String organisation : ORGANISATIONS) {
            assertSummary(year, organisation, PUBLIC, 10_000_00L, 3_000_00L, 0, 0);
            assertSummary(year, organisation, RESTRICTED, 15_000_00L, 5_000_00L, 500_00L, 0);
            assertSummary(year, organisation, SECRET, 65_000_00L, 12_000_00L, 500_00L, 700_00L);
        }
        caller(Roles.VIEWER, NCTV, PUBLIC).get(BASE + "/year-summaries/" + year).then().statusCode(200)
                .body("priorityLines.linedCents", contains(10_000_00))
                .body("priorityLines.allocatedCents", contains(3_000_00));
    }

    @Test
    void nobodyClassifiesAboveTheirOwnClearance() {
        int year = sharedEnvelope();
        long lines = count("select count(*) from budget_line");
        caller(Roles.BUDGET_CONTROLLER, AIVD, RESTRICTED).body(lineBody(year, SECRET, 1_00L)).post(BASE + "/budget-lines")
                .then().statusCode(403).contentType("application/problem+json")
                .body("invalidParams.name", contains("classification"));
        // the role does not raise the clearance: an admin without it classifies nothing either
        as(Roles.ADMIN).body(lineBody(year, RESTRICTED, 1_00L)).post(BASE + "/budget-lines").then().statusCode(403)
                .body("invalidParams.name", contains("classification"));
        assertEquals(lines, count("select count(*) from budget_line"));

        String restrictedLine = line(year, RESTRICTED, 1_00L);
        String etag = etag(restrictedLine);
        caller(Roles.BUDGET_CONTROLLER, AIVD, RESTRICTED).header("If-Match", etag)
                .body(update("Raised", SECRET)).put(BASE + "/budget-lines/" + restrictedLine).then().statusCode(403)
                .body("invalidParams.name", contains("classification"));
        caller(Roles.VIEWER, AIVD, SECRET).get(BASE + "/budget-lines/" + restrictedLine).then().statusCode(200)
                .header("ETag", etag).body("classification", equalTo(RESTRICTED));
    }

    @Test
    void aPutWithoutClassificationKeepsItAndTheChangeLogRecordsAChange() {
        String lineId = line(sharedEnvelope(), RESTRICTED, 1_00L);
        RequestSpecification owner = caller(Roles.BUDGET_CONTROLLER, AIVD, RESTRICTED);
        owner.header("If-Match", etag(lineId)).body(update("Renamed", null)).put(BASE + "/budget-lines/" + lineId).then()
                .statusCode(200).body("title", equalTo("Renamed")).body("classification", equalTo(RESTRICTED));
        assertUnknown(caller(Roles.VIEWER, AIVD, PUBLIC), "/budget-lines/" + lineId, lineId);

        caller(Roles.BUDGET_CONTROLLER, AIVD, RESTRICTED).header("If-Match", etag(lineId)).body(update("Renamed", PUBLIC))
                .put(BASE + "/budget-lines/" + lineId).then().statusCode(200).body("classification", equalTo(PUBLIC));
        caller(Roles.VIEWER, AIVD, PUBLIC).get(BASE + "/budget-lines/" + lineId + "/changes").then().statusCode(200)
                .body("items.after.classification", contains(RESTRICTED, RESTRICTED, PUBLIC))
                .body("items[2].before.classification", equalTo(RESTRICTED));
    }

    @Test
    void theBudgetLinesSetEventCarriesTheClassification() throws Exception {
        String lineId = line(sharedEnvelope(), SECRET, 1_00L);
        caller(Roles.BUDGET_CONTROLLER, AIVD, SECRET).header("If-Match", etag(lineId)).body(update("Kept secret", null))
                .put(BASE + "/budget-lines/" + lineId).then().statusCode(200);
        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), "iat.budget.events")) {
            var records = reader.readUntil(r -> lineId.equals(r.key())
                    && "nl.iat.budget.budget-lines.set.v1".equals(TopicReader.header(r, "ce_type")), 2, Duration.ofSeconds(30));
            assertEquals(2, records.size());
            for (var event : records) {
                EventContracts.assertValid("nl.iat.budget.budget-lines.set.v1", event.value());
                JsonNode data = new ObjectMapper().readTree(event.value());
                assertEquals(SECRET, data.get("classification").asText(), event.value());
            }
        }
    }

    @Test
    void clearedReadsOfClassifiedItemsAreInTheAccessLogAndPublicReadsAreNot() {
        int year = sharedEnvelope();
        SecretLine secret = secretLine(year);
        String publicLine = line(year, null, 1_00L);
        RequestSpecification reader = caller(Roles.VIEWER, AIVD, SECRET);
        reader.get(BASE + "/budget-lines/" + secret.lineId()).then().statusCode(200);
        caller(Roles.VIEWER, AIVD, SECRET).get(BASE + "/allocations/" + secret.allocationId()).then().statusCode(200);
        caller(Roles.VIEWER, AIVD, SECRET).get(BASE + "/allocations/" + secret.allocationId() + "/commitments").then()
                .statusCode(200);
        caller(Roles.VIEWER, AIVD, SECRET).get(BASE + "/budget-lines/" + publicLine).then().statusCode(200);
        // a caller without the clearance reads nothing, so nothing is recorded for it
        caller(Roles.VIEWER, NCTV, PUBLIC).get(BASE + "/budget-lines/" + secret.lineId()).then().statusCode(404);

        JsonPath lineReads = accessLog(secret.lineId());
        assertEquals(List.of("getBudgetLine"), lineReads.getList("items.operation"));
        assertEquals(List.of("budget-line"), lineReads.getList("items.itemType"));
        assertEquals(List.of(SECRET), lineReads.getList("items.classification"));
        assertEquals(List.of(SECRET), lineReads.getList("items.clearance"));
        assertEquals(List.of(AIVD), lineReads.getList("items.organisation"));
        assertEquals(List.of("getAllocation"), accessLog(secret.allocationId()).getList("items.operation"));
        JsonPath commitmentReads = accessLog(secret.commitmentId());
        assertEquals(List.of("listCommitments"), commitmentReads.getList("items.operation"));
        assertEquals(List.of("commitment"), commitmentReads.getList("items.itemType"));
        assertEquals(0, accessLog(publicLine).getList("items").size());

        caller(Roles.VIEWER, AIVD, SECRET).queryParam("fiscalYear", year).queryParam("pageSize", 100)
                .get(BASE + "/budget-lines").then().statusCode(200);
        assertTrue(accessLog(secret.lineId()).getList("items.operation").contains("listBudgetLines"));
        caller(Roles.VIEWER, AIVD, SECRET).get(BASE + "/access-log").then().statusCode(403);
    }

    private SecretLine secretLine(int year) {
        String lineId = line(year, SECRET, 1_000_000_00L);
        String allocationId = allocate(lineId, measure("APPROVED"), 100_00L);
        String entryId = caller(Roles.VIEWER, AIVD, SECRET).get(BASE + "/budget-lines/" + lineId + "/ledger-entries").then()
                .statusCode(200).extract().path("items[0].entryId");
        String commitmentId = caller(Roles.BUDGET_CONTROLLER, AIVD, SECRET).body(spending(10_00L))
                .post(BASE + "/allocations/" + allocationId + "/commitments").then().statusCode(201)
                .extract().path("spendingId");
        return new SecretLine(lineId, allocationId, entryId, commitmentId);
    }

    /** A line of the AIVD, created by its controller cleared SECRET; {@code classification} null leaves it out. */
    private static String line(int year, String classification, long amountCents) {
        return caller(Roles.BUDGET_CONTROLLER, AIVD, SECRET).body(lineBody(year, classification, amountCents))
                .post(BASE + "/budget-lines").then().statusCode(201)
                .body("classification", equalTo(classification == null ? PUBLIC : classification))
                .extract().path("budgetLineId");
    }

    private static Map<String, Object> lineBody(int year, String classification, long amountCents) {
        var body = new HashMap<String, Object>(Map.of("fiscalYear", year, "priorityLineCode", "EARLY_DETECTION",
                "title", "Line of the AIVD", "ownerOrganisationId", AIVD, "amountCents", amountCents));
        if (classification != null) {
            body.put("classification", classification);
        }
        return body;
    }

    private static Map<String, Object> update(String title, String classification) {
        var body = new HashMap<String, Object>(Map.of("title", title, "ownerOrganisationId", AIVD, "amountCents", 1_00L));
        if (classification != null) {
            body.put("classification", classification);
        }
        return body;
    }

    private static String allocate(String lineId, UUID measureId, long amountCents) {
        return caller(Roles.BUDGET_CONTROLLER, AIVD, SECRET).body(entry("ALLOCATE", measureId, amountCents))
                .post(BASE + "/budget-lines/" + lineId + "/ledger-entries").then().statusCode(201)
                .extract().path("changes[0].allocationId");
    }

    private static Map<String, Object> spending(long amountCents) {
        return Map.of("amountCents", amountCents, "date", today().toString(), "description", "Inhuur");
    }

    private static String etag(String lineId) {
        return caller(Roles.VIEWER, AIVD, SECRET).get(BASE + "/budget-lines/" + lineId).then().statusCode(200)
                .extract().header("ETag");
    }

    private static RequestSpecification caller(String role, String organisation, String clearance) {
        return given().header("Authorization", "Bearer " + TestTokens.withClearance(role, organisation, clearance))
                .contentType(ContentType.JSON);
    }

    private static long lines(int year, String organisation, String clearance) {
        return caller(Roles.VIEWER, organisation, clearance).queryParam("fiscalYear", year).get(BASE + "/budget-lines")
                .then().statusCode(200).extract().<Number>path("totalItems").longValue();
    }

    /** The year's lines classified exactly {@code classification}, counted in the database. */
    private static long classifiedLines(int year, String classification) {
        return count("select count(*) from budget_line where fiscal_year = ?1 and classification = ?2", year,
                classification);
    }

    /** The answer at the path is the 404 of an id that does not exist, the hidden item's id in its place. */
    private static void assertUnknown(RequestSpecification caller, String path, String hiddenId) {
        assertSameAsUnknown(caller.get(BASE + path), path, hiddenId,
                unknown -> caller(Roles.VIEWER, NCTV, SECRET).get(BASE + unknown));
    }

    /** The same for a write: the request sent by an admin to an unknown id answers exactly so. */
    private static void assertUnknownWrite(RequestSpecification caller, String method, String path, String hiddenId,
            Map<String, Object> body) {
        assertSameAsUnknown(caller.header("If-Match", "\"999\"").body(body).request(method, BASE + path), path, hiddenId,
                unknown -> as(Roles.ADMIN).header("If-Match", "\"999\"").body(body).request(method, BASE + unknown));
    }

    private static void assertSameAsUnknown(Response hidden, String path, String hiddenId,
            Function<String, Response> atUnknown) {
        String unknownId = UUID.randomUUID().toString();
        Response unknown = atUnknown.apply(path.replace(hiddenId, unknownId));
        assertEquals(404, hidden.statusCode(), path + ": " + hidden.asString());
        assertEquals(404, unknown.statusCode(), path + " unknown: " + unknown.asString());
        JsonPath hiddenProblem = hidden.jsonPath();
        JsonPath unknownProblem = unknown.jsonPath();
        assertEquals(unknown.contentType(), hidden.contentType(), path);
        assertEquals(unknownProblem.getString("title"), hiddenProblem.getString("title"), path);
        assertEquals(unknownProblem.getString("type"), hiddenProblem.getString("type"), path);
        assertEquals(unknownProblem.getString("detail").replace(unknownId, hiddenId), hiddenProblem.getString("detail"), path);
    }

    private static void assertSummary(int year, String organisation, String clearance, long lined, long allocated,
            long committed, long spent) {
        caller(Roles.VIEWER, organisation, clearance).get(BASE + "/year-summaries/" + year).then().statusCode(200)
                .body("envelopeCents", equalTo(100_000_00))
                .body("linedCents", equalTo((int) lined))
                .body("allocatedCents", equalTo((int) allocated))
                .body("committedCents", equalTo((int) committed))
                .body("spentCents", equalTo((int) spent))
                .body("unlinedCents", equalTo((int) (100_000_00L - lined)))
                .body("freeCents", equalTo((int) (100_000_00L - allocated)));
    }

    private static JsonPath accessLog(String itemId) {
        return as(Roles.ADMIN).queryParam("itemId", itemId).get(BASE + "/access-log").then().statusCode(200)
                .extract().jsonPath();
    }
}
