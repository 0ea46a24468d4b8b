package nl.iat.reporting.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.iat.platform.security.Roles;
import nl.iat.reporting.Applied;
import nl.iat.reporting.SuiteEvents;
import nl.iat.reporting.SuiteEvents.BudgetLine;
import nl.iat.reporting.SuiteEvents.Measure;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TestTokens;
import nl.iat.testing.Waits;
import org.junit.jupiter.api.Test;

/**
 * Figures after a sequence of contract events over the real broker equal hand-computed ones to the
 * cent, now and as of a moment; a redelivered event changes nothing. Each test uses its own fiscal
 * year so the tests do not see each other's money.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ReportFiguresTest {

    @Inject
    Applied applied;

    @Test
    void overviewAndBreakdownsEqualHandComputedFiguresAndIgnoreRedeliveries() {
        int year = 2031;
        List<String> events = new ArrayList<>();
        Measure m1 = new Measure("F-1", "VERWERVEN", "EARLY_DETECTION", "PREVENTIVE", "INTENSIFICATION", "org-a",
                "APPROVED", year + "-01-01", year + "-12-31");
        Measure m2 = new Measure("F-2", "VERVOLGEN", null, "REPRESSIVE", "CONTINUATION", "org-b", "PROPOSED",
                year + "-03-01", year + "-12-31");
        events.add(m1.registered());
        events.add(m2.registered());
        events.add(SuiteEvents.envelope(year, 1_300_000_000L));
        BudgetLine l1 = new BudgetLine(year, "EARLY_DETECTION");
        BudgetLine l2 = new BudgetLine(year, "FINANCING");
        events.add(l1.set(500_000_000L));
        events.add(l2.set(300_000_000L));
        UUID a1 = UUID.randomUUID();
        UUID a2 = UUID.randomUUID();
        UUID a3 = UUID.randomUUID();
        events.add(l1.ledger("ALLOCATE", 250_000_000L, a1, m1.id, 0, 250_000_000L));
        events.add(l2.ledger("ALLOCATE", 100_000_033L, a2, m2.id, 0, 100_000_033L));
        String increase = l1.ledger("INCREASE", 12_500_050L, a1, m1.id, 250_000_000L, 262_500_050L);
        events.add(increase);
        events.add(l1.ledger("REALLOCATE", 50_000_000L, a1, m1.id, 262_500_050L, 212_500_050L, a3, m2.id, 0, 50_000_000L));
        events.add(l1.spending("COMMITMENT", a1, m1.id, 100_000_001L));
        events.add(l1.spending("EXPENDITURE", a1, m1.id, 40_000_000L));
        events.add(l2.spending("COMMITMENT", a2, m2.id, 7L));
        applied.await(events);
        l1.redeliverLast(events.get(events.size() - 2));
        l1.publishInvalid("nl.iat.budget.spending.recorded.v1", "{}"); // unprocessable: dead-lettered
        String marker = l2.spending("EXPENDITURE", a2, m2.id, 0L);
        applied.await(marker);

        JsonPath overview = get("/overviews/" + year);
        assertEquals(1_300_000_000L, overview.getLong("envelopeCents"));
        assertEquals(800_000_000L, overview.getLong("linedCents"));
        assertEquals(362_500_083L, overview.getLong("allocatedCents"));
        assertEquals(100_000_008L, overview.getLong("committedCents"), "the redelivered expenditure counts once");
        assertEquals(40_000_000L, overview.getLong("spentCents"));
        assertEquals(500_000_000L, overview.getLong("unlinedCents"));
        assertEquals(937_499_917L, overview.getLong("freeCents"));
        assertEquals(1, overview.getInt("measuresByStatus.approved"));
        assertEquals(1, overview.getInt("measuresByStatus.proposed"));

        JsonPath areas = get("/breakdowns/intervention-areas?fiscalYear=" + year);
        assertEquals(List.of("VERVOLGEN", "VERWERVEN"), areas.getList("groups.items.groupKey"));
        assertEquals(150_000_033L, areas.getLong("groups.items[0].allocatedCents"));
        assertEquals(7L, areas.getLong("groups.items[0].committedCents"));
        assertEquals(212_500_050L, areas.getLong("groups.items[1].allocatedCents"));
        assertEquals(100_000_001L, areas.getLong("groups.items[1].committedCents"));
        assertEquals(40_000_000L, areas.getLong("groups.items[1].spentCents"));
        assertEquals(362_500_083L, areas.getLong("total.allocatedCents"));

        JsonPath lines = get("/breakdowns/priority-lines?fiscalYear=" + year + "&sort=-allocatedCents");
        assertEquals(List.of("EARLY_DETECTION", "FINANCING", "NONE"), lines.getList("groups.items.groupKey"));
        assertEquals(262_500_050L, lines.getLong("groups.items[0].allocatedCents"));
        assertEquals(100_000_033L, lines.getLong("groups.items[1].allocatedCents"));
        assertEquals(1, lines.getInt("groups.items[2].measureCount"), "the continuation has no priority line");

        JsonPath organisations = get("/breakdowns/lead-organisations?fiscalYear=" + year + "&sort=groupKey");
        assertEquals("Organisation org-a", organisations.getString("groups.items[0].label"));
    }

    @Test
    void knownAtGivesTheFiguresAndStatusesAsTheyWereKnownThen() {
        int year = 2032;
        Measure measure = new Measure("F-3", "VERVOLGEN", "DERADICALISATION", "CURATIVE", "INTENSIFICATION", "org-c",
                "APPROVED", year + "-01-01", year + "-12-31");
        BudgetLine line = new BudgetLine(year, "DERADICALISATION");
        UUID allocation = UUID.randomUUID();
        // Money arrives before the measure's first event: it counts as UNKNOWN until the measure is known.
        String first = line.ledger("ALLOCATE", 10_000_000L, allocation, measure.id, 0, 10_000_000L);
        applied.await(first);
        OffsetDateTime beforeMeasure = now();
        assertEquals(List.of("UNKNOWN"), get("/breakdowns/approaches?fiscalYear=" + year).getList("groups.items.groupKey"));
        applied.await(measure.registered());
        OffsetDateTime beforeChange = now();
        applied.await(line.ledger("INCREASE", 5_000_001L, allocation, measure.id, 10_000_000L, 15_000_001L),
                measure.statusChanged("IN_PROGRESS", "Started"),
                measure.with("approach", "PREVENTIVE").changed());
        OffsetDateTime afterChange = now();

        JsonPath old = get("/overviews/" + year + "?knownAt=" + beforeChange);
        assertEquals(10_000_000L, old.getLong("allocatedCents"));
        assertEquals(1, old.getInt("measuresByStatus.approved"));
        assertEquals(0, old.getInt("measuresByStatus.inProgress"));
        JsonPath current = get("/overviews/" + year);
        assertEquals(15_000_001L, current.getLong("allocatedCents"));
        assertEquals(1, current.getInt("measuresByStatus.inProgress"));

        assertEquals(List.of("CURATIVE"), get("/breakdowns/approaches?fiscalYear=" + year + "&knownAt=" + beforeChange)
                .getList("groups.items.groupKey"));
        assertEquals(List.of("UNKNOWN"), get("/breakdowns/approaches?fiscalYear=" + year + "&knownAt=" + beforeMeasure)
                .getList("groups.items.groupKey"));
        JsonPath approaches = get("/breakdowns/approaches?fiscalYear=" + year);
        assertEquals(List.of("PREVENTIVE"), approaches.getList("groups.items.groupKey"));
        assertEquals(15_000_001L, approaches.getLong("groups.items[0].allocatedCents"));

        // The history path (today as known after the change) and the precomputed path agree on the same events.
        assertEquals(withoutMetadata(approaches), withoutMetadata(get("/breakdowns/approaches?fiscalYear=" + year
                + "&knownAt=" + afterChange)));
        assertEquals(withoutMetadata(get("/breakdowns/lead-organisations")),
                withoutMetadata(get("/breakdowns/lead-organisations?knownAt=" + afterChange)));
        assertEquals(withoutMetadata(get("/overviews/" + year)),
                withoutMetadata(get("/overviews/" + year + "?knownAt=" + afterChange)));
    }

    @Test
    void balanceSeriesAndMeasurePictureShowWhatTheLetterAsksToWatch() {
        int year = 2036;
        Measure high = new Measure("BAL-H", "VOORKOMEN", "DIGITAL_RESILIENCE", "REPRESSIVE", "INTENSIFICATION", "org-h",
                "APPROVED", year + "-01-01", year + "-12-31")
                .with("title", "Online toezicht, \"fase\" 2")
                .with("assessment", SuiteEvents.map("impactLevel", "HIGH", "fundamentalRights", List.of("PRIVACY"),
                        "legalBasis", null, "justification", null, "dpiaReference", null, "reviewDate", "2020-01-01",
                        "complete", false))
                .with("milestones", List.of(
                        SuiteEvents.map("milestoneId", UUID.randomUUID().toString(), "title", "Pilot", "dueDate", "2020-06-30",
                                "done", false, "doneOn", null),
                        SuiteEvents.map("milestoneId", UUID.randomUUID().toString(), "title", "Plan", "dueDate", "2020-01-31",
                                "done", true, "doneOn", "2020-01-15")));
        Measure low = new Measure("BAL-L", "VOORKOMEN", "DIGITAL_RESILIENCE", "PREVENTIVE", "INTENSIFICATION", "org-h",
                "APPROVED", year + "-01-01", year + "-12-31")
                .with("assessment", SuiteEvents.map("impactLevel", "LOW", "fundamentalRights", List.of(), "legalBasis", "Wet",
                        "justification", "Proportional", "dpiaReference", null, "reviewDate", "2099-01-01", "complete", true));
        BudgetLine line = new BudgetLine(year, "DIGITAL_RESILIENCE");
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        applied.await(high.registered(), low.registered(), high.statusChanged("IN_PROGRESS", "Started"),
                line.ledger("ALLOCATE", 300L, a, high.id, 0, 300L), line.ledger("ALLOCATE", 100L, b, low.id, 0, 100L),
                line.spending("COMMITMENT", a, high.id, 30L));

        JsonPath balance = get("/balances?fiscalYear=" + year);
        assertEquals(List.of("PREVENTIVE", "REPRESSIVE"), balance.getList("approaches.approach"));
        assertEquals(25.00f, balance.getFloat("approaches[0].allocatedSharePercent"));
        assertEquals(75.00f, balance.getFloat("approaches[1].allocatedSharePercent"));
        assertEquals(50.00f, balance.getFloat("approaches[1].measureSharePercent"));
        assertEquals(List.of("HIGH", "LOW"), balance.getList("impactLevels.impactLevel"));
        assertTrue(balance.getLong("unjustifiedHighImpactMeasures") >= 1);
        assertTrue(balance.getLong("overdueReviews") >= 1);
        assertTrue(balance.getLong("overdueMilestones") >= 1);
        assertTrue(get("/measures?impactLevel=HIGH&assessmentComplete=false&pageSize=100").getList("measures.items.code")
                .contains("BAL-H"));
        assertTrue(get("/measures?open=true&reviewDateBefore=2026-01-01&pageSize=100").getList("measures.items.code")
                .contains("BAL-H"));
        assertEquals(List.of("BAL-L"), get("/measures?impactLevel=LOW&interventionAreaCode=VOORKOMEN&approach=PREVENTIVE")
                .getList("measures.items.code"));
        String both = "/measures?interventionAreaCode=VOORKOMEN&priorityLineCode=DIGITAL_RESILIENCE&pageSize=100&sort=";
        List<String> byCode = new ArrayList<>(get(both + "code").getList("measures.items.code"));
        Collections.reverse(byCode);
        assertEquals(byCode, get(both + "-code").getList("measures.items.code"), "BAL-H and BAL-L at least, the other way round");
        JsonPath milestones = get("/overdue-milestones?pageSize=100");
        assertTrue(milestones.getList("milestones.items.measureCode").contains("BAL-H"));
        assertTrue(!milestones.getList("milestones.items.title").contains("Plan"), "done milestones are not overdue");

        JsonPath series = get("/allocation-series?fiscalYear=" + year + "&perPriorityLine=false");
        assertEquals(1, series.getInt("points.totalItems"));
        assertEquals(400L, series.getLong("points.items[0].allocatedChangeCents"));
        assertEquals(400L, series.getLong("points.items[0].allocatedCumulativeCents"));

        JsonPath picture = get("/measures/" + high.id);
        assertEquals(List.of("APPROVED", "IN_PROGRESS"), picture.getList("statusHistory.status"));
        assertEquals("Started", picture.getString("statusHistory[1].reason"));
        assertEquals(300L, picture.getLong("totals.allocatedCents"));
        assertEquals(30L, picture.getLong("totals.committedCents"));
        assertEquals(List.of("ALLOCATE", "COMMITMENT"), picture.getList("moneyHistory.kind"));
        String csv = given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).accept("text/csv")
                .get("/api/reports/v1/measures?interventionAreaCode=VOORKOMEN&impactLevel=HIGH")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.contains(",\"Online toezicht, \"\"fase\"\" 2\","), csv);
        given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).get("/api/reports/v1/measures/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void csvIsATableWithHeaderAndProperQuoting() {
        given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).accept("text/csv")
                .get("/api/reports/v1/breakdowns/natures")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("groupKey,label,allocatedCents,committedCents,spentCents,measureCount,"));
    }

    @Test
    void badInputIsAProblemAndRolesAreEnforced() {
        given().auth().oauth2(TestTokens.forRole(Roles.VIEWER))
                .get("/api/reports/v1/overviews/2031?asOf=yesterday")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("asOf"));
        given().auth().oauth2(TestTokens.forRole(Roles.VIEWER))
                .get("/api/reports/v1/overviews/2031?knownAt=2019-06-30")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("knownAt"));
        given().auth().oauth2(TestTokens.forRole(Roles.VIEWER))
                .get("/api/reports/v1/breakdowns/colours")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole(Roles.VIEWER))
                .get("/api/reports/v1/breakdowns/approaches?sort=colour")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("sort"));
        for (String query : List.of("sort=budget", "open=yes", "assessmentComplete=maybe", "reviewDateBefore=soon")) {
            given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).get("/api/reports/v1/measures?" + query)
                    .then().statusCode(400).body("invalidParams[0].name", equalTo(query.substring(0, query.indexOf('='))));
        }
        given().get("/api/reports/v1/overviews/2031").then().statusCode(401);
        given().auth().oauth2(TestTokens.forRole(Roles.MEASURE_EDITOR))
                .post("/api/reports/v1/rebuilds").then().statusCode(403);
    }

    static JsonPath get(String path) {
        return given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).accept("application/json")
                .get("/api/reports/v1" + path)
                .then().statusCode(200).extract().jsonPath();
    }

    static Object withoutMetadata(JsonPath report) {
        java.util.Map<String, Object> map = new java.util.HashMap<>(report.getMap(""));
        map.remove("metadata");
        return map;
    }

    static OffsetDateTime now() {
        Waits.pause(20);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Waits.pause(20);
        return now;
    }
}
