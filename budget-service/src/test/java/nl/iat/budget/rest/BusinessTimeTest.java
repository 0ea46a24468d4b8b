package nl.iat.budget.rest;

import static nl.iat.budget.rest.BudgetFixtures.BASE;
import static nl.iat.budget.rest.BudgetFixtures.allocate;
import static nl.iat.budget.rest.BudgetFixtures.as;
import static nl.iat.budget.rest.BudgetFixtures.count;
import static nl.iat.budget.rest.BudgetFixtures.entry;
import static nl.iat.budget.rest.BudgetFixtures.firstDay;
import static nl.iat.budget.rest.BudgetFixtures.measure;
import static nl.iat.budget.rest.BudgetFixtures.record;
import static nl.iat.budget.rest.BudgetFixtures.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.iat.budget.events.BudgetEventType;
import nl.iat.contracts.EventContracts;
import nl.iat.platform.security.Roles;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * Business time over HTTP (ADR 0010): the date each fact took effect, today unless the request
 * gives one, kept within its bounds. A date out of bounds is a 422 naming the field that changes
 * nothing: no row, no new version, no event.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class BusinessTimeTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void factsWithoutADateTakeEffectTodayAndTheirEventsSaySo() throws Exception {
        String today = today().toString();
        int year = BudgetFixtures.newEnvelope(2_000L);
        as(Roles.VIEWER).get(BASE + "/envelopes/" + year).then().statusCode(200)
                .body("effectiveOn", equalTo(today)).body("establishedOn", equalTo(today));
        String lineId = as(Roles.BUDGET_CONTROLLER).body(BudgetFixtures.line(year, "FINANCING", 1_000L))
                .post(BASE + "/budget-lines").then().statusCode(201)
                .body("effectiveOn", equalTo(today)).body("establishedOn", equalTo(today)).extract().path("budgetLineId");
        record(lineId, entry("ALLOCATE", measure("APPROVED"), 300L)).then().statusCode(201)
                .body("effectiveOn", equalTo(today));

        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), "iat.budget.events")) {
            var records = reader.readUntil(r -> lineId.equals(r.key()) || ("envelope-" + year).equals(r.key()), 3,
                    Duration.ofSeconds(30));
            assertEquals(3, records.size());
            ObjectMapper json = new ObjectMapper();
            for (var event : records) {
                EventContracts.assertValid(TopicReader.header(event, "ce_type"), event.value());
                assertEquals(today, json.readTree(event.value()).get("effectiveOn").asText(), event.value());
            }
        }
    }

    @Test
    void anEnvelopeTakesEffectFromTheYearBeforeItsFiscalYearAndNeverInTheFuture() {
        int nextYear = today().getYear() + 1;
        long envelopes = count("select count(*) from envelope");

        createEnvelope(nextYear, firstDay(nextYear).minusDays(1)).then().statusCode(422).contentType(PROBLEM)
                .body("invalidParams.name", contains("effectiveOn"))
                .body("invalidParams[0].reason", equalTo("must be on or after " + firstDay(nextYear)));
        createEnvelope(nextYear, today().plusDays(1)).then().statusCode(422).contentType(PROBLEM)
                .body("invalidParams.name", contains("effectiveOn"))
                .body("detail", containsString("never in the future"));
        // without a date it takes effect today, which is too early for the year after next
        as(Roles.ADMIN).body(Map.of("fiscalYear", nextYear + 1, "amountCents", 1L, "budgetArticle", "VI.36"))
                .post(BASE + "/envelopes").then().statusCode(422).body("invalidParams.name", contains("effectiveOn"))
                .body("invalidParams[0].reason", equalTo("must be on or after " + firstDay(nextYear + 1)));

        assertEquals(envelopes, count("select count(*) from envelope"));
        assertEquals(0, count("select count(*) from outbox_event where subject in (?1, ?2)", "envelope-" + nextYear,
                "envelope-" + (nextYear + 1)));
    }

    @Test
    void anEnvelopesAmendmentsRunForwardInBusinessTime() {
        int year = BudgetFixtures.newBackdatedEnvelope(2_000L);
        LocalDate start = firstDay(year);
        String path = BASE + "/envelopes/" + year;

        amendEnvelope(year, "\"1\"", 3_000L, start.plusDays(30)).then().statusCode(200).header("ETag", "\"2\"")
                .body("effectiveOn", equalTo(start.plusDays(30).toString()))
                .body("establishedOn", equalTo(start.toString()));
        amendEnvelope(year, "\"2\"", 4_000L, start.plusDays(29)).then().statusCode(422).contentType(PROBLEM)
                .body("invalidParams.name", contains("effectiveOn"))
                .body("invalidParams[0].reason", equalTo("must be on or after " + start.plusDays(30)
                        + ", the date of the current version"));
        amendEnvelope(year, "\"2\"", 4_000L, today().plusDays(1)).then().statusCode(422)
                .body("invalidParams.name", contains("effectiveOn"));

        as(Roles.VIEWER).get(path).then().header("ETag", "\"2\"").body("amountCents", equalTo(3_000))
                .body("effectiveOn", equalTo(start.plusDays(30).toString()));
        assertEquals(2, count("select count(*) from outbox_event where subject = ?1", "envelope-" + year));
        // on the same day is forward enough; so is a change without a date (today)
        amendEnvelope(year, "\"2\"", 4_000L, start.plusDays(30)).then().statusCode(200);
        as(Roles.ADMIN).header("If-Match", "\"3\"").body(Map.of("amountCents", 5_000L, "budgetArticle", "VI.36"))
                .put(path).then().statusCode(200).body("effectiveOn", equalTo(today().toString()))
                .body("establishedOn", equalTo(start.toString()));
    }

    @Test
    void aLineTakesEffectWithinItsEnvelopeAndItsChangesRunForward() {
        int year = BudgetFixtures.newBackdatedEnvelope(2_000L);
        LocalDate start = firstDay(year);

        createLine(year, start.minusDays(1)).then().statusCode(422).contentType(PROBLEM)
                .body("invalidParams.name", contains("effectiveOn"))
                .body("invalidParams[0].reason", equalTo("must be on or after " + start
                        + ", when the envelope of fiscal year " + year + " took effect"));
        createLine(year, today().plusDays(1)).then().statusCode(422).body("invalidParams.name", contains("effectiveOn"));
        assertEquals(0, count("select count(*) from budget_line where fiscal_year = ?1", year));

        String lineId = createLine(year, start).then().statusCode(201).body("effectiveOn", equalTo(start.toString()))
                .body("establishedOn", equalTo(start.toString())).extract().path("budgetLineId");
        changeLine(lineId, "\"1\"", 600L, start.plusDays(40)).then().statusCode(200)
                .body("effectiveOn", equalTo(start.plusDays(40).toString()))
                .body("establishedOn", equalTo(start.toString()));
        changeLine(lineId, "\"2\"", 700L, start.plusDays(39)).then().statusCode(422).contentType(PROBLEM)
                .body("invalidParams.name", contains("effectiveOn"))
                .body("invalidParams[0].reason", equalTo("must be on or after " + start.plusDays(40)
                        + ", the date of the current version"));
        changeLine(lineId, "\"2\"", 700L, today().plusDays(1)).then().statusCode(422)
                .body("invalidParams.name", contains("effectiveOn"));

        as(Roles.VIEWER).get(BASE + "/budget-lines/" + lineId).then().body("version", equalTo(2))
                .body("amountCents", equalTo(600)).body("effectiveOn", equalTo(start.plusDays(40).toString()));
        assertEquals(2, count("select count(*) from outbox_event where subject = ?1", lineId));
    }

    @Test
    void entriesAndSpendingTakeEffectWithinTheirLineInAnyOrder() {
        int year = BudgetFixtures.newBackdatedEnvelope(2_000L);
        LocalDate lineStart = firstDay(year).plusDays(10);
        String lineId = BudgetFixtures.newLine(year, "EARLY_DETECTION", 1_000L, lineStart);
        UUID measureId = measure("APPROVED");

        // refused: before the line took effect, or in the future; no allocation, entry or event
        recordOn(lineId, entry("ALLOCATE", measureId, 500L), lineStart.minusDays(1)).then().statusCode(422)
                .contentType(PROBLEM).body("invalidParams.name", contains("effectiveOn"))
                .body("invalidParams[0].reason", equalTo("must be on or after " + lineStart
                        + ", when the budget line took effect"));
        recordOn(lineId, entry("ALLOCATE", measureId, 500L), firstDay(year).minusDays(1)).then().statusCode(422)
                .body("invalidParams.name", contains("effectiveOn"))
                .body("invalidParams[0].reason", containsString("when the envelope of fiscal year " + year));
        recordOn(lineId, entry("ALLOCATE", measureId, 500L), today().plusDays(1)).then().statusCode(422)
                .body("invalidParams.name", contains("effectiveOn"));
        assertEquals(0, count("select count(*) from allocation where budget_line_id = cast(?1 as uuid)", lineId));
        assertEquals(0, count("select count(*) from ledger_entry where budget_line_id = cast(?1 as uuid)", lineId));
        assertEquals(1, count("select count(*) from outbox_event where subject = ?1", lineId), "the line's own event");

        // accepted: an entry of today, then a correction dated back before it (entries are not ordered)
        String allocationId = allocate(lineId, measureId, 500L);
        recordOn(lineId, entry("DECREASE", measureId, 100L), lineStart).then().statusCode(201)
                .body("effectiveOn", equalTo(lineStart.toString())).body("sequence", equalTo(3));
        as(Roles.VIEWER).get(BASE + "/budget-lines/" + lineId + "/ledger-entries").then()
                .body("items.effectiveOn", contains(today().toString(), lineStart.toString()));

        // a commitment's or expenditure's date is its business date, held to the same bounds
        String base = BASE + "/allocations/" + allocationId;
        spend(base + "/commitments", lineStart.minusDays(1)).then().statusCode(422).contentType(PROBLEM)
                .body("invalidParams.name", contains("date"))
                .body("invalidParams[0].reason", equalTo("must be on or after " + lineStart
                        + ", when the budget line took effect"));
        spend(base + "/expenditures", today().plusDays(1)).then().statusCode(422)
                .body("invalidParams.name", contains("date")).body("detail", containsString("never in the future"));
        as(Roles.VIEWER).get(base).then().body("committedCents", equalTo(0)).body("spentCents", equalTo(0));
        assertEquals(0, count("select count(*) from spending where allocation_id = cast(?1 as uuid)", allocationId));
        assertEquals(0, count("select count(*) from outbox_event where subject = ?1 and type = ?2", lineId,
                BudgetEventType.SPENDING_RECORDED.cloudEventType()));
        spend(base + "/commitments", lineStart).then().statusCode(201).body("date", equalTo(lineStart.toString()));
        as(Roles.VIEWER).get(BASE + "/budget-lines/" + lineId).then().body("version", equalTo(4))
                .body("allocatedCents", equalTo(400));
    }

    private static Response createEnvelope(int year, LocalDate effectiveOn) {
        return as(Roles.ADMIN).body(Map.of("fiscalYear", year, "amountCents", 1L, "budgetArticle", "VI.36",
                "effectiveOn", effectiveOn.toString())).post(BASE + "/envelopes");
    }

    private static Response amendEnvelope(int year, String ifMatch, long amountCents, LocalDate effectiveOn) {
        return as(Roles.ADMIN).header("If-Match", ifMatch).body(Map.of("amountCents", amountCents,
                "budgetArticle", "VI.36", "effectiveOn", effectiveOn.toString())).put(BASE + "/envelopes/" + year);
    }

    private static Response createLine(int year, LocalDate effectiveOn) {
        Map<String, Object> body = new HashMap<>(BudgetFixtures.line(year, "FINANCING", 500L));
        body.put("effectiveOn", effectiveOn.toString());
        return as(Roles.BUDGET_CONTROLLER).body(body).post(BASE + "/budget-lines");
    }

    private static Response changeLine(String lineId, String ifMatch, long amountCents, LocalDate effectiveOn) {
        return as(Roles.BUDGET_CONTROLLER).header("If-Match", ifMatch).body(Map.of("title", "Changed",
                "ownerOrganisationId", BudgetFixtures.OWNER, "amountCents", amountCents,
                "effectiveOn", effectiveOn.toString())).put(BASE + "/budget-lines/" + lineId);
    }

    private static Response recordOn(String lineId, Map<String, Object> entry, LocalDate effectiveOn) {
        Map<String, Object> dated = new HashMap<>(entry);
        dated.put("effectiveOn", effectiveOn.toString());
        return record(lineId, dated);
    }

    private static Response spend(String path, LocalDate date) {
        return as(Roles.BUDGET_CONTROLLER).body(Map.of("amountCents", 100L, "date", date.toString(),
                "description", "Order")).post(path);
    }
}
