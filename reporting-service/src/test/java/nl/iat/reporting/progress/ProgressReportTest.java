package nl.iat.reporting.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import nl.iat.platform.security.Roles;
import nl.iat.reporting.Applied;
import nl.iat.reporting.ReportRequests;
import nl.iat.reporting.SuiteEvents;
import nl.iat.reporting.SuiteEvents.BudgetLine;
import nl.iat.reporting.SuiteEvents.Measure;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Progress reports are frozen snapshots of their reference date as known when they were frozen:
 * numbered, hashed, with the differences from the previous one, late corrections included; later
 * events never change them. Their facts are dated in 2020, which no other test uses.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ProgressReportTest {

    private static final String BASE = "/api/reports/v1/progress-reports";

    @Inject
    Applied applied;

    @Test
    void freezesNumbersHashesAndDiffsProgressReports() throws Exception {
        Measure a = new Measure("PR-A", "VERWERVEN", "EARLY_DETECTION", "PREVENTIVE", "INTENSIFICATION", "org-pr",
                "APPROVED", "2020-01-01", "2021-12-31").at("2020-02-01T10:00:00Z")
                .with("title", "Toezicht \"online\", fase 1");
        BudgetLine line = new BudgetLine(2020, "EARLY_DETECTION").at("2020-02-02T10:00:00Z");
        UUID allocation = UUID.randomUUID();
        SuiteEvents.ParliamentItem overdue = SuiteEvents.ParliamentItem.commitment("TZ202001-101", "OPEN", "2020-03-01",
                a.id).at("2020-01-20T10:00:00Z");
        SuiteEvents.ParliamentItem done = SuiteEvents.ParliamentItem.commitment("TZ202001-102", "FULFILLED", "2020-02-01",
                a.id).with("fulfilledBy", "29 754, nr. 555").at("2020-01-21T10:00:00Z");
        applied.await(a.registered(),
                SuiteEvents.envelope(2020, 1_300_000_000L, java.time.OffsetDateTime.parse("2020-01-15T10:00:00Z")),
                line.set(400_000_000L),
                line.ledger("ALLOCATE", 100_000_000L, allocation, a.id, 0, 100_000_000L), overdue.publish(), done.publish());

        Response first = create("Voortgangsrapportage 1", "2020-03-31", "2019-01-01", "2020-03-31", null);
        JsonPath one = first.jsonPath();
        int number = one.getInt("number");
        assertEquals(BASE + "/" + number, first.header("Location"));
        assertEquals(100_000_000L, one.getLong("content.overviews.find { it.fiscalYear == 2020 }.allocatedCents"));
        assertEquals(1_300_000_000L, one.getLong("content.overviews.find { it.fiscalYear == 2020 }.envelopeCents"));
        assertEquals(List.of("PR-A"), one.getList("content.differences.newMeasures.code"));
        assertEquals("admin-client", one.getString("createdBy"));
        assertEquals(one.getString("contentSha256"), sha256(rawContent(first.asString())));
        // Stand van zaken moties en toezeggingen: every open and overdue commitment of the peildatum.
        assertEquals(true, one.getBoolean("content.parliament.commitments.find { it.number == 'TZ202001-101' }.overdue"));
        assertEquals("29 754, nr. 555",
                one.getString("content.parliament.commitments.find { it.number == 'TZ202001-102' }.letter"));
        assertTrue(one.getList("content.parliament.commitments.findAll { it.status == 'OPEN' && it.dueDate < '2020-03-31' }"
                + ".overdue").stream().allMatch(Boolean.TRUE::equals), "every open commitment past its due date is overdue");

        // Later events, and a late correction: recorded now, dated before the first report's reference date.
        a.at("2020-05-01T10:00:00Z");
        line.at("2020-05-02T10:00:00Z");
        Measure b = new Measure("PR-B", "VERVOLGEN", null, "REPRESSIVE", "CONTINUATION", "org-pr", "PROPOSED",
                "2020-06-01", "2020-12-31").at("2020-05-03T10:00:00Z");
        applied.await(a.statusChanged("IN_PROGRESS", "Started"),
                line.ledger("INCREASE", 50_000_000L, allocation, a.id, 100_000_000L, 150_000_000L),
                line.at(java.time.OffsetDateTime.now().toString()).on("2020-03-15")
                        .spending("COMMITMENT", allocation, a.id, 1_234L),
                b.registered());
        String firstKnownAt = one.getString("knownAt");
        assertEquals(firstKnownAt, one.getString("content.knownAt"));
        assertEquals(1_234L, ReportRequests.get("/overviews/2020?asOf=2020-03-31").getLong("committedCents"),
                "the correction counts on the reference date now");
        assertEquals(0L, ReportRequests.get("/overviews/2020?asOf=2020-03-31&knownAt=" + firstKnownAt)
                .getLong("committedCents"), "but not as known when the first report was frozen");

        Response again = given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).accept("application/json")
                .get(BASE + "/" + number);
        assertEquals(200, again.statusCode());
        assertEquals(first.asString(), again.asString(), "a frozen report does not change after later events");

        Response second = create("Voortgangsrapportage 2", "2020-06-30", "2020-04-01", "2020-06-30", null);
        JsonPath two = second.jsonPath();
        assertEquals(number + 1, two.getInt("number"));
        assertEquals(number, two.getInt("previousNumber"));
        assertEquals(List.of("PR-B"), two.getList("content.differences.newMeasures.code"));
        assertEquals(List.of("APPROVED"), two.getList("content.differences.statusChanges.previousStatus"));
        assertEquals(List.of("IN_PROGRESS"), two.getList("content.differences.statusChanges.status"));
        Map<String, Object> moved = two.getMap("content.differences.moneyChanges.find { it.code == 'PR-A' }");
        assertEquals(100_000_000, ((Number) moved.get("previousAllocatedCents")).intValue());
        assertEquals(150_000_000, ((Number) moved.get("allocatedCents")).intValue());
        assertEquals(1_234, ((Number) moved.get("committedCents")).intValue());
        assertEquals(List.of("COMMITMENT"), two.getList("content.differences.corrections.kind"),
                "the next report lists the late correction, and only it");
        assertEquals(List.of("PR-A"), two.getList("content.differences.corrections.code"));
        assertEquals(List.of("2020-03-15"), two.getList("content.differences.corrections.effectiveOn"));
        assertEquals(List.of(1_234), two.getList("content.differences.corrections.amountCents"));
        assertEquals("2020-06-30T21:59:59.999999Z", two.getString("asOf"), "asOf = the end of the peildatum");
        assertEquals(two.getString("createdAt"), two.getString("knownAt"), "knownAt = the moment it was frozen");
        assertEquals(List.of("VERVOLGEN", "VERWERVEN"), two.getList("content.interventionAreas.interventionAreaCode"));

        String html = given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).accept("text/html")
                .get(BASE + "/" + (number + 1)).then().statusCode(200).contentType(startsWith("text/html"))
                .extract().asString();
        assertTrue(html.contains("Toezicht &quot;online&quot;, fase 1"), "titles are escaped");
        assertTrue(html.indexOf("Interventiegebied VERWERVEN") < html.indexOf("Interventiegebied VERVOLGEN"),
                "sections follow the order of the five intervention areas");
        assertTrue(html.contains("&euro;&nbsp;1.500.000,00"), "money in Dutch notation");
        assertTrue(html.contains("Stand van zaken moties en toezeggingen") && html.contains("TZ202001-101"),
                "the section on commitments and motions");
        String commitments = given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).accept("text/csv")
                .get(BASE + "/" + (number + 1) + "/tables/commitments").then().statusCode(200).extract().asString();
        assertTrue(commitments.contains(",TZ202001-101,"), commitments);

        String csv = given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).accept("text/csv")
                .get(BASE + "/" + (number + 1) + "/tables/measures").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals(3, lines.size(), "a header row and one row per measure");
        assertTrue(lines.get(0).startsWith("measureId,code,title,"));
        assertTrue(csv.contains(",\"Toezicht \"\"online\"\", fase 1\","), "RFC 4180 quoting: " + csv);
    }

    @Test
    void creationIsIdempotentValidatedAndForAdminsOnly() {
        String key = UUID.randomUUID().toString();
        int number = create("Idempotent", "2019-12-31", "2019-01-01", "2019-12-31", key).jsonPath().getInt("number");
        Response retry = create("Idempotent", "2019-12-31", "2019-01-01", "2019-12-31", key);
        assertEquals(number, retry.jsonPath().getInt("number"), "a retry returns the first response");
        given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).get(BASE + "/" + (number + 1)).then().statusCode(404);

        String future = LocalDate.now().plusDays(1).toString();
        post(Map.of("title", "Future", "referenceDate", future, "periodStart", "2019-01-01", "periodEnd", "2019-12-31"),
                Roles.ADMIN).then().statusCode(422).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("referenceDate"));
        post(Map.of("title", "Backwards", "referenceDate", "2019-12-31", "periodStart", "2019-06-01", "periodEnd",
                "2019-01-01"), Roles.ADMIN).then().statusCode(422).body("invalidParams[0].name", equalTo("periodStart"));
        post(Map.of("referenceDate", "2019-12-31", "periodStart", "2019-06-01", "periodEnd", "2019-07-01"), Roles.ADMIN)
                .then().statusCode(400).body("invalidParams[0].name", containsString("title"));
        post(Map.of("title", "X", "referenceDate", "2019-12-31", "periodStart", "2019-06-01", "periodEnd", "2019-07-01",
                "colour", "red"), Roles.ADMIN).then().statusCode(400);
        post(Map.of("title", "Viewer", "referenceDate", "2019-12-31", "periodStart", "2019-01-01", "periodEnd",
                "2019-12-31"), Roles.VIEWER).then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).get(BASE + "/" + number + "/tables/colours")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).get(BASE + "?sort=-number&pageSize=1")
                .then().statusCode(200).body("items[0].number", equalTo(lastNumber())).body("pageSize", equalTo(1));
        given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).get(BASE + "?referenceDateFrom=2999-01-01")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).get(BASE + "?referenceDateTo=soon")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("referenceDateTo"));
    }

    /** The highest number a viewer sees: reports frozen above its clearance (ADR 0016) leave gaps in the numbers. */
    private static int lastNumber() {
        return given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).get(BASE + "?pageSize=100")
                .then().extract().jsonPath().getList("items.number", Integer.class).stream()
                .mapToInt(Integer::intValue).max().orElse(0);
    }

    private static Response create(String title, String referenceDate, String periodStart, String periodEnd, String key) {
        var request = given().auth().oauth2(TestTokens.forRole(Roles.ADMIN)).contentType("application/json");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        Response response = request.body(Map.of("title", title, "referenceDate", referenceDate, "periodStart",
                periodStart, "periodEnd", periodEnd)).post(BASE);
        assertEquals(201, response.statusCode(), response.asString());
        return response;
    }

    private static Response post(Map<String, Object> body, String role) {
        return given().auth().oauth2(TestTokens.forRole(role)).contentType("application/json").body(body).post(BASE);
    }

    /** The content exactly as it appears in the document: the last member, up to the closing brace. */
    private static String rawContent(String document) {
        int start = document.indexOf("\"content\":") + "\"content\":".length();
        return document.substring(start, document.length() - 1);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
