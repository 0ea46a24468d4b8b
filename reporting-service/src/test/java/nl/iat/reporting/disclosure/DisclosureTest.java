package nl.iat.reporting.disclosure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.iat.platform.security.Roles;
import nl.iat.reporting.Applied;
import nl.iat.reporting.SuiteEvents;
import nl.iat.reporting.SuiteEvents.BudgetLine;
import nl.iat.reporting.SuiteEvents.Measure;
import nl.iat.reporting.SuiteEvents.ParliamentItem;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * What reports show readers of three clearances (ADR 0016): classified measures and lines are out of
 * every row, their money in one confidential figure per table, totals equal for every reader once a
 * batch of three items is released, and neither two dates nor a total minus its parts reveal one item.
 * Fiscal years 2011 and 2012 are this test's own.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class DisclosureTest {

    private static final String AIVD = TestTokens.COORDINATING_ORGANISATION.replace("0001", "0002");

    @Inject
    Applied applied;

    @Inject
    EntityManager entityManager;

    @Test
    void totalsAreEqualForEveryReaderBecauseTheConfidentialFigureCarriesTheDifference() {
        int year = 2011;
        Measure open = measure("DS-P", "org-dp", "PUBLIC", year);
        List<Measure> secret = List.of(measure("DS-S1", "org-ds", "SECRET", year), measure("DS-S2", "org-ds", "SECRET", year),
                measure("DS-S3", "org-ds", "SECRET", year));
        BudgetLine line = new BudgetLine(year, "FINANCING");
        applied.await(open.registered(), secret.get(0).registered(), secret.get(1).registered(), secret.get(2).registered(),
                SuiteEvents.envelope(year, 1_000_000_000L), line.set(900_000_000L),
                allocate(line, open, 100_000_000L), allocate(line, secret.get(0), 10_000_001L),
                allocate(line, secret.get(1), 20_000_002L), allocate(line, secret.get(2), 30_000_003L));

        JsonPath cleared = report("SECRET", "/overviews/" + year);
        JsonPath restricted = report("RESTRICTED", "/overviews/" + year);
        JsonPath none = report(null, "/overviews/" + year);
        assertEquals(160_000_006L, cleared.getLong("allocatedCents"));
        assertEquals(0L, cleared.getLong("confidential.amounts.allocatedCents"));
        for (JsonPath uncleared : List.of(restricted, none)) {
            assertEquals(160_000_006L, uncleared.getLong("allocatedCents"), "the same total");
            assertEquals(60_000_006L, uncleared.getLong("confidential.amounts.allocatedCents"), "the difference, as one figure");
            assertFalse(uncleared.getBoolean("confidential.withheld"));
        }
        assertEquals(4, cleared.getInt("measuresByStatus.approved"));
        assertEquals(1, none.getInt("measuresByStatus.approved"), "counts leave classified measures out");

        String byOrganisation = "/breakdowns/lead-organisations?fiscalYear=" + year;
        JsonPath rows = report(null, byOrganisation);
        assertEquals(List.of(SuiteEvents.organisation("org-dp")), rows.getList("groups.items.groupKey"),
                "the classified measures' organisation is no group");
        assertEquals(160_000_006L, rows.getLong("total.allocatedCents"));
        assertEquals(rows.getLong("total.allocatedCents") - rows.getLong("groups.items[0].allocatedCents"),
                rows.getLong("confidential.amounts.allocatedCents"), "total minus parts is the confidential figure");
        assertEquals(2, report("SECRET", byOrganisation).getList("groups.items").size());

        String csv = csv(null, byOrganisation);
        assertTrue(csv.contains("CONFIDENTIAL"), csv);
        assertTrue(csv.contains("60000006"), csv);
        assertFalse(csv.contains(SuiteEvents.organisation("org-ds")), csv);

        UUID hidden = secret.get(0).id;
        applied.await(ParliamentItem.commitment("TZ201101-901", "OPEN", year + "-12-31", open.id, hidden).publish());
        String linked = "/commitments?measureId=" + open.id;
        assertEquals(List.of(open.id.toString()), report(null, linked).getList("items.items[0].measureIds"),
                "a commitment's link to a hidden measure is left out");
        assertEquals(2, report("SECRET", linked).getList("items.items[0].measureIds").size());
        reportStatus(null, "/measures/" + hidden, 404);
        reportStatus("RESTRICTED", "/measures/" + hidden, 404);
        reportStatus("SECRET", "/measures/" + hidden, 200);
        String classifiedOrganisation = "/measures?leadOrganisationId=" + SuiteEvents.organisation("org-ds");
        assertEquals(0, report(null, classifiedOrganisation).getLong("measures.totalItems"));
        assertEquals(3, report("SECRET", classifiedOrganisation).getLong("measures.totalItems"));

        JsonPath log = given().auth().oauth2(TestTokens.forRole(Roles.ADMIN)).get("/api/reports/v1/access-log?itemId=" + hidden)
                .then().statusCode(200).extract().jsonPath();
        assertTrue(log.getList("items.operation").contains("getMeasureReport"), log.prettify());
        assertTrue(log.getList("items.classification").stream().allMatch("SECRET"::equals));
        given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).get("/api/reports/v1/access-log").then().statusCode(403);
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                entityManager.createNativeQuery("delete from access_log").executeUpdate()), "append-only");
    }

    @Test
    void neitherTwoDatesNorATotalMinusItsPartsRevealOneClassifiedItem() {
        int year = 2012;
        Measure open = measure("DA-P", "org-ap", "PUBLIC", year);
        List<Measure> secret = List.of(measure("DA-S1", "org-as", "RESTRICTED", year),
                measure("DA-S2", "org-as", "RESTRICTED", year), measure("DA-S3", "org-as", "RESTRICTED", year),
                measure("DA-S4", "org-as", "RESTRICTED", year));
        BudgetLine line = new BudgetLine(year, "FINANCING");
        applied.await(open.registered(), secret.get(0).registered(), secret.get(1).registered(),
                secret.get(2).registered(), secret.get(3).registered(), line.on(year + "-01-02").set(900_000_000L),
                allocate(line.on(year + "-01-05"), open, 100_000_000L),
                allocate(line.on(year + "-01-10"), secret.get(0), 10_000_000L),
                allocate(line.on(year + "-02-10"), secret.get(1), 20_000_000L),
                allocate(line.on(year + "-03-10"), secret.get(2), 30_000_000L),
                allocate(line.on(year + "-04-10"), secret.get(3), 7_000_000L));

        String overview = "/overviews/" + year + "?asOf=";
        long january = report(null, overview + year + "-01-31").getLong("allocatedCents");
        long march = report(null, overview + year + "-03-31").getLong("allocatedCents");
        long april = report(null, overview + year + "-04-30").getLong("allocatedCents");
        assertEquals(100_000_000L, january, "the first classified measure alone is not released");
        assertNotEquals(10_000_000L, january - 100_000_000L);
        assertEquals(160_000_000L, march, "three measures together");
        assertEquals(0L, april - march, "the fourth measure's 7,000,000 waits for two more");
        assertTrue(report(null, overview + year + "-04-30").getBoolean("confidential.withheld"));
        assertEquals(167_000_000L, report("RESTRICTED", overview + year + "-04-30").getLong("allocatedCents"));

        JsonPath rows = report(null, "/breakdowns/priority-lines?fiscalYear=" + year + "&asOf=" + year + "-04-30");
        long parts = rows.getList("groups.items.allocatedCents", Long.class).stream().mapToLong(Long::longValue).sum();
        assertEquals(60_000_000L, rows.getLong("total.allocatedCents") - parts, "total minus parts: three measures' sum");
        assertEquals(100_000_000L, parts, "no row holds classified money");
    }

    @Test
    void aProgressReportIsFrozenAtPublicUnlessAskedAndHiddenFromReadersBelowItsLevel() {
        int year = 2010;
        List<Measure> secret = List.of(measure("DP-S1", "org-ps", "SECRET", year), measure("DP-S2", "org-ps", "SECRET", year),
                measure("DP-S3", "org-ps", "SECRET", year));
        BudgetLine line = new BudgetLine(year, "FINANCING").on(year + "-02-01"); // before the reference date
        applied.await(secret.get(0).registered(), secret.get(1).registered(), secret.get(2).registered(),
                line.set(900_000_000L), allocate(line, secret.get(0), 1_000_000L), allocate(line, secret.get(1), 2_000_000L),
                allocate(line, secret.get(2), 3_000_000L));
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(1).toString();
        java.util.Map<String, Object> request = new java.util.HashMap<>(java.util.Map.of("title", "Disclosure",
                "referenceDate", yesterday, "periodStart", year + "-01-01", "periodEnd", yesterday));

        JsonPath forParliament = freeze(request, "SECRET", 201);
        assertEquals("PUBLIC", forParliament.getString("classification"), "PUBLIC unless asked");
        assertEquals("PUBLIC", forParliament.getString("content.classification"), "and its content says so");
        String overview = "content.overviews.find { it.fiscalYear == " + year + " }";
        assertEquals(6_000_000L, forParliament.getLong(overview + ".confidential.amounts.allocatedCents"));
        assertEquals(6_000_000L, forParliament.getLong(overview + ".allocatedCents"));

        request.put("classification", "SECRET");
        freeze(request, "RESTRICTED", 403);
        JsonPath secretReport = freeze(request, "SECRET", 201);
        int number = secretReport.getInt("number");
        assertEquals(0L, secretReport.getLong(overview + ".confidential.amounts.allocatedCents"));
        assertEquals(6_000_000L, secretReport.getLong(overview + ".allocatedCents"));
        reportStatus(null, "/progress-reports/" + number, 404);
        reportStatus("RESTRICTED", "/progress-reports/" + number, 404);
        reportStatus("SECRET", "/progress-reports/" + number, 200);
        assertFalse(report(null, "/progress-reports?sort=-number&pageSize=100").getList("items.number").contains(number));
    }

    private static JsonPath freeze(java.util.Map<String, Object> request, String clearance, int status) {
        return given().auth().oauth2(TestTokens.withClearance(Roles.ADMIN, TestTokens.COORDINATING_ORGANISATION, clearance))
                .contentType("application/json").body(request).post("/api/reports/v1/progress-reports")
                .then().statusCode(status).extract().jsonPath();
    }

    private static Measure measure(String code, String organisation, String classification, int year) {
        return new Measure(code, "VOORKOMEN", "FINANCING", "PREVENTIVE", "INTENSIFICATION", organisation, "APPROVED",
                year + "-01-01", year + "-12-31").with("classification", classification);
    }

    private static String allocate(BudgetLine line, Measure measure, long cents) {
        return line.ledger("ALLOCATE", cents, UUID.randomUUID(), measure.id, 0, cents);
    }

    private static JsonPath report(String clearance, String path) {
        return given().auth().oauth2(token(clearance)).accept("application/json").get("/api/reports/v1" + path)
                .then().statusCode(200).extract().jsonPath();
    }

    private static String csv(String clearance, String path) {
        return given().auth().oauth2(token(clearance)).accept("text/csv").get("/api/reports/v1" + path)
                .then().statusCode(200).extract().asString();
    }

    private static void reportStatus(String clearance, String path, int status) {
        given().auth().oauth2(token(clearance)).accept("application/json").get("/api/reports/v1" + path)
                .then().statusCode(status);
    }

    private static String token(String clearance) {
        return clearance == null ? TestTokens.forOrganisation(Roles.VIEWER, AIVD)
                : TestTokens.withClearance(Roles.VIEWER, AIVD, clearance);
    }
}
