package nl.iat.reporting.parliament;

import static io.restassured.RestAssured.given;
import static nl.iat.reporting.ReportRequests.get;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.iat.platform.security.Roles;
import nl.iat.reporting.Applied;
import nl.iat.reporting.SuiteEvents.Measure;
import nl.iat.reporting.SuiteEvents.ParliamentItem;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Commitments and motions from the parliament events: by status, overdue on the business date, per
 * measure and per intervention area, on both time axes, as JSON and CSV. Other tests' items share the
 * database: lists are scoped to this test's measures and the overview is compared before and after.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ParliamentReportTest {

    private static final String PEILDATUM = "&asOf=2023-04-01";

    @Inject
    Applied applied;

    @Test
    void commitmentsAndMotionsByStatusOverdueAreaAndTime() {
        Measure prevention = new Measure("PA-1", "VOORKOMEN", "FINANCING", "PREVENTIVE", "INTENSIFICATION", "org-pa",
                "APPROVED", "2023-01-01", "2024-12-31").on("2023-01-10").at("2023-01-10T10:00:00Z");
        Measure prosecution = new Measure("PA-2", "VERVOLGEN", null, "REPRESSIVE", "CONTINUATION", "org-pa",
                "APPROVED", "2023-01-01", "2024-12-31").on("2023-01-10").at("2023-01-10T10:00:00Z");
        ParliamentItem late = ParliamentItem.commitment("TZ202301-001", "OPEN", "2023-03-31", prevention.id)
                .with("portalStatus", "Openstaand").at("2023-01-15T10:00:00Z");
        ParliamentItem pending = ParliamentItem.commitment("TZ202302-002", "OPEN", "2023-12-31", prosecution.id)
                .with("portalStatus", "Openstaand").at("2023-02-01T10:00:00Z");
        ParliamentItem unknown = ParliamentItem.commitment("TZ202302-003", "UNKNOWN", null)
                .with("portalStatus", "In behandeling").at("2023-02-02T10:00:00Z");
        ParliamentItem motion = ParliamentItem.motion("2023Z00004", "OPEN", "ADOPTED", prevention.id, prosecution.id)
                .at("2023-02-15T10:00:00Z");
        JsonPath before = get("/parliament-overviews?asOf=2023-04-01");
        JsonPath earlier = get("/parliament-overviews?asOf=2023-01-14");
        applied.await(prevention.registered(), prosecution.registered(), late.publish(), pending.publish(),
                unknown.publish(), motion.publish());
        applied.await(late.with("status", "FULFILLED").with("portalStatus", "Afgedaan")
                .with("fulfilledBy", "29 754, nr. 999").at("2023-05-10T10:00:00Z").publish());

        JsonPath overdue = get("/commitments?overdue=true" + PEILDATUM + "&measureId=" + prevention.id);
        assertEquals(List.of("TZ202301-001"), overdue.getList("items.items.number"), "open and past its due date");
        assertEquals(true, overdue.getBoolean("items.items[0].overdue"));
        assertEquals(List.of("FULFILLED"), get("/commitments?overdue=false&asOf=2023-06-01&measureId=" + prevention.id)
                .getList("items.items.status"), "fulfilled later: no longer overdue");
        assertEquals(List.of("OPEN"), get("/commitments?asOf=2023-06-01&knownAt=2023-05-01T00:00:00Z&measureId="
                + prevention.id).getList("items.items.status"), "as known before it was fulfilled");
        assertEquals(List.of("TZ202302-002"), get("/commitments?measureId=" + prosecution.id).getList("items.items.number"));
        assertEquals(List.of("TZ202301-001"), get("/commitments?interventionAreaCode=VOORKOMEN" + PEILDATUM)
                .getList("items.items.number"), "linked to a measure of the area");
        JsonPath flagged = get("/commitments?status=UNKNOWN&pageSize=100" + PEILDATUM);
        assertEquals("In behandeling", flagged.getString("items.items.find { it.number == 'TZ202302-003' }.portalStatus"),
                "an unknown portal status is kept and flagged");

        JsonPath overview = get("/parliament-overviews?asOf=2023-04-01");
        assertEquals(2, count(overview, before, "commitmentsByStatus.OPEN"));
        assertEquals(1, count(overview, before, "commitmentsByStatus.UNKNOWN"));
        assertEquals(1, count(overview, before, "overdueCommitments"));
        assertEquals(1, count(overview, before, "motionsByDecision.ADOPTED"));
        assertEquals(1, count(overview, before, "interventionAreas.find { it.interventionAreaCode == 'VOORKOMEN' }.overdueCommitments"));
        assertEquals(1, count(overview, before, "interventionAreas.find { it.interventionAreaCode == 'VERVOLGEN' }.motions"));
        assertEquals(1, count(overview, before, "interventionAreas.find { it.interventionAreaCode == 'NONE' }.commitments"));
        assertEquals(earlier.getMap("commitmentsByStatus"), get("/parliament-overviews?asOf=2023-01-14")
                .getMap("commitmentsByStatus"), "nothing of these yet on an earlier date");

        String csv = given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).accept("text/csv")
                .get("/api/reports/v1/commitments?overdue=true" + PEILDATUM + "&measureId=" + prevention.id).then().statusCode(200).extract().asString();
        assertTrue(csv.startsWith("id,number,title,status,portalStatus,dueDate,overdue,"), csv);
        assertTrue(csv.contains(",TZ202301-001,"), csv);
        given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).get("/api/reports/v1/commitments?measureId=nope")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("measureId"));
        given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).get("/api/reports/v1/motions?overdue=yes")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("overdue"));
    }

    /** How much a figure of the overview grew (0 where a group was absent). */
    private static long count(JsonPath after, JsonPath before, String path) {
        return value(after, path) - value(before, path);
    }

    private static long value(JsonPath report, String path) {
        Object value = report.get(path);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
