package nl.iat.budget.rest;

import static nl.iat.budget.rest.BudgetFixtures.BASE;
import static nl.iat.budget.rest.BudgetFixtures.allocate;
import static nl.iat.budget.rest.BudgetFixtures.as;
import static nl.iat.budget.rest.BudgetFixtures.count;
import static nl.iat.budget.rest.BudgetFixtures.entry;
import static nl.iat.budget.rest.BudgetFixtures.measure;
import static nl.iat.budget.rest.BudgetFixtures.newLine;
import static nl.iat.budget.rest.BudgetFixtures.record;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.budget.events.BudgetEventType;
import nl.iat.contracts.AsyncApiDocuments;
import nl.iat.contracts.EventContracts;
import nl.iat.platform.security.Roles;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TopicReader;
import org.junit.jupiter.api.Test;

/** The allocation ledger, commitments and expenditures over HTTP, and the events they publish. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class AllocationLedgerTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void everyKindOfEntryChangesTheAllocationsAndTheLedgerShowsThem() {
        String lineId = newLine(1_000_000L);
        UUID a = measure("APPROVED");
        UUID b = measure("PROPOSED");
        String allocationA = allocate(lineId, a, 500_000L);
        record(lineId, entry("INCREASE", a, 100_000L)).then().statusCode(201)
                .body("changes[0].beforeCents", equalTo(500_000)).body("changes[0].afterCents", equalTo(600_000));
        record(lineId, entry("DECREASE", a, 50_000L)).then().statusCode(201)
                .body("lineAllocatedAfterCents", equalTo(550_000));
        Map<String, Object> move = new HashMap<>(entry("REALLOCATE", a, 150_000L));
        move.put("toMeasureId", b.toString());
        record(lineId, move).then().statusCode(201).body("changes.measureId", contains(a.toString(), b.toString()))
                .body("changes.afterCents", contains(400_000, 150_000))
                .body("lineAllocatedBeforeCents", equalTo(550_000)).body("lineAllocatedAfterCents", equalTo(550_000));
        record(lineId, entry("WITHDRAW", b, null)).then().statusCode(201).body("amountCents", equalTo(150_000))
                .body("changes[0].afterCents", equalTo(0));

        as(Roles.VIEWER).get(BASE + "/budget-lines/" + lineId).then().body("allocatedCents", equalTo(400_000))
                .body("freeCents", equalTo(600_000)).body("version", equalTo(6));
        as(Roles.VIEWER).get(BASE + "/budget-lines/" + lineId + "/ledger-entries").then().statusCode(200)
                .body("items.kind", contains("ALLOCATE", "INCREASE", "DECREASE", "REALLOCATE", "WITHDRAW"))
                .body("items.sequence", contains(2, 3, 4, 5, 6)).body("items[0].actor", equalTo("budget-controller-client"));
        as(Roles.VIEWER).queryParam("measureId", b.toString()).queryParam("sort", "-sequence")
                .get(BASE + "/budget-lines/" + lineId + "/ledger-entries").then()
                .body("items.kind", contains("WITHDRAW", "REALLOCATE"));
        as(Roles.VIEWER).queryParam("kind", "INCREASE").get(BASE + "/budget-lines/" + lineId + "/ledger-entries")
                .then().body("totalItems", equalTo(1));
        as(Roles.VIEWER).queryParam("kind", "STEAL").get(BASE + "/budget-lines/" + lineId + "/ledger-entries")
                .then().statusCode(400).contentType(PROBLEM);
        // the current amount of an allocation is the sum of its ledger changes
        assertEquals(400_000L, count("select sum(after_cents - before_cents) from ledger_change where allocation_id = cast(?1 as uuid)", allocationA));
        as(Roles.VIEWER).get(BASE + "/allocations/" + allocationA).then().body("amountCents", equalTo(400_000));
    }

    @Test
    void aMeasuresAllocationsAcrossLinesAreListed() {
        UUID measureId = measure("IN_PROGRESS");
        allocate(newLine(1_000L), measureId, 300L);
        allocate(newLine(1_000L), measureId, 700L);
        as(Roles.VIEWER).queryParam("measureId", measureId.toString()).queryParam("sort", "-amountCents")
                .get(BASE + "/allocations").then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.amountCents", contains(700, 300));
        as(Roles.VIEWER).queryParam("measureId", "x").get(BASE + "/allocations").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void refusedEntriesAreProblemsAndChangeNothing() {
        String lineId = newLine(1_000L);
        UUID open = measure("APPROVED");
        allocate(lineId, open, 600L);
        Map<String, Object> noReason = new HashMap<>(entry("INCREASE", open, 1L));
        noReason.remove("reason");
        Map<String, Object> sameMeasure = new HashMap<>(entry("REALLOCATE", open, 1L));
        sameMeasure.put("toMeasureId", open.toString());

        record(lineId, entry("INCREASE", open, 401L)).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("400 cents free"));
        record(lineId, entry("DECREASE", open, 601L)).then().statusCode(409).contentType(PROBLEM);
        record(lineId, entry("ALLOCATE", open, 1L)).then().statusCode(409).body("detail", containsString("INCREASE"));
        record(lineId, entry("INCREASE", measure("APPROVED"), 1L)).then().statusCode(409)
                .body("detail", containsString("ALLOCATE"));
        record(lineId, entry("ALLOCATE", UUID.randomUUID(), 1L)).then().statusCode(422).contentType(PROBLEM)
                .body("invalidParams[0].reason", equalTo("unknown measure"));
        record(lineId, entry("ALLOCATE", measure("CANCELLED"), 1L)).then().statusCode(422)
                .body("detail", containsString("CANCELLED"));
        record(lineId, entry("ALLOCATE", measure("COMPLETED"), 1L)).then().statusCode(422)
                .body("invalidParams[0].reason", equalTo("measure is completed"));
        record(lineId, entry("INCREASE", open, 0L)).then().statusCode(400).contentType(PROBLEM);
        record(lineId, entry("INCREASE", open, null)).then().statusCode(400).body("invalidParams[0].name", equalTo("amountCents"));
        record(lineId, entry("WITHDRAW", open, 5L)).then().statusCode(400);
        record(lineId, noReason).then().statusCode(400).body("invalidParams[0].name", equalTo("reason"));
        record(lineId, sameMeasure).then().statusCode(400).body("invalidParams[0].name", equalTo("toMeasureId"));
        record(lineId, entry("REALLOCATE", open, 1L)).then().statusCode(400);
        record(UUID.randomUUID().toString(), entry("INCREASE", open, 1L)).then().statusCode(404).contentType(PROBLEM);
        as(Roles.VIEWER).body(entry("INCREASE", open, 1L)).post(BASE + "/budget-lines/" + lineId + "/ledger-entries")
                .then().statusCode(403).contentType(PROBLEM);
        // lowering the line below what is allocated is refused
        as(Roles.BUDGET_CONTROLLER).header("If-Match", "\"2\"").body(Map.of("title", "t", "ownerOrganisationId",
                BudgetFixtures.OWNER, "amountCents", 599L)).put(BASE + "/budget-lines/" + lineId)
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("600 cents allocated"));

        as(Roles.VIEWER).get(BASE + "/budget-lines/" + lineId).then().body("allocatedCents", equalTo(600))
                .body("amountCents", equalTo(1_000)).body("version", equalTo(2));
        assertEquals(1, count("select count(*) from ledger_entry where budget_line_id = cast(?1 as uuid)", lineId));
    }

    @Test
    void aRetriedAllocationCountsOnce() {
        String lineId = newLine(1_000L);
        UUID measureId = measure("APPROVED");
        String key = UUID.randomUUID().toString();
        var first = as(Roles.BUDGET_CONTROLLER).header("Idempotency-Key", key).body(entry("ALLOCATE", measureId, 300L))
                .post(BASE + "/budget-lines/" + lineId + "/ledger-entries");
        first.then().statusCode(201);
        as(Roles.BUDGET_CONTROLLER).header("Idempotency-Key", key).body(entry("ALLOCATE", measureId, 300L))
                .post(BASE + "/budget-lines/" + lineId + "/ledger-entries").then().statusCode(201)
                .header("Idempotent-Replayed", "true").header("Location", first.header("Location"))
                .body("entryId", equalTo(first.path("entryId")));
        as(Roles.VIEWER).get(BASE + "/budget-lines/" + lineId).then().body("allocatedCents", equalTo(300));
        assertEquals(1, count("select count(*) from outbox_event where subject = ?1 and type = ?2", lineId,
                BudgetEventType.LEDGER_ENTRY_RECORDED.cloudEventType()));
    }

    @Test
    void commitmentsAndExpendituresStayWithinTheAllocationEachOnItsOwn() {
        // dated in the year before the fiscal year, which the envelope and its line are backdated to
        int year = BudgetFixtures.newBackdatedEnvelope(10_000L);
        LocalDate start = BudgetFixtures.firstDay(year);
        String lineId = BudgetFixtures.newLine(year, "DERADICALISATION", 5_000L, start);
        UUID measureId = measure("IN_PROGRESS");
        String allocationId = allocate(lineId, measureId, 1_000L);
        String base = BASE + "/allocations/" + allocationId;
        Map<String, Object> all = Map.of("amountCents", 1_000L, "date", day(start, 5, 1), "description", "Contract");
        as(Roles.BUDGET_CONTROLLER).body(all).post(base + "/commitments").then().statusCode(201)
                .body("kind", equalTo("COMMITMENT")).body("measureId", equalTo(measureId.toString()));
        // expenditures are a separate figure: the full amount can also be spent
        as(Roles.BUDGET_CONTROLLER).body(Map.of("amountCents", 400L, "date", day(start, 6, 1), "description", "Invoice 1"))
                .post(base + "/expenditures").then().statusCode(201);
        as(Roles.BUDGET_CONTROLLER).body(Map.of("amountCents", 1L, "date", day(start, 6, 2), "description", "Too much"))
                .post(base + "/commitments").then().statusCode(409).contentType(PROBLEM);
        as(Roles.BUDGET_CONTROLLER).body(Map.of("amountCents", 601L, "date", day(start, 6, 2), "description", "Too much"))
                .post(base + "/expenditures").then().statusCode(409).contentType(PROBLEM);
        as(Roles.BUDGET_CONTROLLER).body(Map.of("amountCents", 1L, "date", "2018-13-01", "description", "Bad date"))
                .post(base + "/expenditures").then().statusCode(400).contentType(PROBLEM);
        as(Roles.VIEWER).body(all).post(base + "/expenditures").then().statusCode(403);
        // committed money cannot be withdrawn
        record(lineId, entry("DECREASE", measureId, 1L)).then().statusCode(409).body("detail", containsString("committed 1000"));

        as(Roles.VIEWER).get(base).then().body("committedCents", equalTo(1_000)).body("spentCents", equalTo(400));
        as(Roles.VIEWER).get(base + "/expenditures").then().body("items.description", contains("Invoice 1"));
        String second = as(Roles.BUDGET_CONTROLLER).body(Map.of("amountCents", 100L, "date", day(start, 9, 15),
                "description", "Invoice 2")).post(base + "/expenditures").then().statusCode(201).extract().header("Location");
        as(Roles.VIEWER).get(second).then().statusCode(200).body("description", equalTo("Invoice 2"));
        as(Roles.VIEWER).queryParam("dateFrom", day(start, 9, 1)).get(base + "/expenditures").then()
                .body("items.description", contains("Invoice 2"));
        as(Roles.VIEWER).queryParam("dateTo", day(start, 8, 31)).queryParam("sort", "-amountCents")
                .get(base + "/expenditures").then().body("items.description", contains("Invoice 1"));
        as(Roles.VIEWER).queryParam("dateTo", "2018-02-30").get(base + "/expenditures").then().statusCode(400)
                .contentType(PROBLEM).body("invalidParams[0].name", equalTo("dateTo"));
        as(Roles.VIEWER).get(second.replace("/expenditures/", "/commitments/")).then().statusCode(404);
        as(Roles.VIEWER).get(BASE + "/year-summaries/" + year).then().statusCode(200)
                .body("envelopeCents", equalTo(10_000)).body("linedCents", equalTo(5_000))
                .body("allocatedCents", equalTo(1_000)).body("committedCents", equalTo(1_000))
                .body("spentCents", equalTo(500)).body("unlinedCents", equalTo(5_000)).body("freeCents", equalTo(9_000))
                .body("priorityLines[0].priorityLineCode", equalTo("DERADICALISATION"));
    }

    /** A day in the year of {@code start}, as sent. */
    private static String day(LocalDate start, int month, int dayOfMonth) {
        return LocalDate.of(start.getYear(), month, dayOfMonth).toString();
    }

    @Test
    void theMeasureCopyDecidesAndFollowsStatusChanges() {
        String lineId = newLine(1_000L);
        UUID measureId = measure("APPROVED");
        allocate(lineId, measureId, 100L);
        BudgetFixtures.changeStatus(measureId, "CANCELLED", 2);
        record(lineId, entry("INCREASE", measureId, 1L)).then().statusCode(422).body("detail", containsString("CANCELLED"));
        // money can still be taken back from a cancelled measure
        record(lineId, entry("WITHDRAW", measureId, null)).then().statusCode(201);
    }

    @Test
    void anAllocationRefusedBeforeItsMeasureArrivedSucceedsOnRetryAfterTheEvent() {
        String lineId = newLine(1_000L);
        UUID measureId = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        var allocation = entry("ALLOCATE", measureId, 400L);
        as(Roles.BUDGET_CONTROLLER).header("Idempotency-Key", key).body(allocation)
                .post(BASE + "/budget-lines/" + lineId + "/ledger-entries").then().statusCode(422)
                .body("detail", containsString("retry shortly"));
        BudgetFixtures.changeStatus(measureId, "APPROVED", 1);
        // the refusal stored nothing, not even the key: the retry is handled afresh
        as(Roles.BUDGET_CONTROLLER).header("Idempotency-Key", key).body(allocation)
                .post(BASE + "/budget-lines/" + lineId + "/ledger-entries").then().statusCode(201)
                .body("lineAllocatedAfterCents", equalTo(400));
    }

    @Test
    void theEventContractIsPublishedAsAsyncApi() {
        String asyncApi = io.restassured.RestAssured.given().get(BASE + "/asyncapi.yaml").then().statusCode(200)
                .body(containsString("asyncapi: 2.6.0"))
                .body(containsString(BudgetEventType.LEDGER_ENTRY_RECORDED.cloudEventType())).extract().asString();
        // its payloads are the schemas of event-contracts, served beside it
        AsyncApiDocuments.assertRefersToTheContracts(asyncApi, "budget", path -> io.restassured.RestAssured.given()
                .get(BASE + "/" + path).then().statusCode(200).extract().asString());
    }

    @Test
    void eventsCarryWhatAReportingConsumerNeeds() throws Exception {
        // every fact dated in business time: the envelope and line backdated, the allocation of today,
        // then a reallocation dated back before it and a commitment of its own date (ADR 0010)
        int year = BudgetFixtures.newBackdatedEnvelope(2_000L);
        LocalDate start = BudgetFixtures.firstDay(year);
        String lineId = BudgetFixtures.newLine(year, "INTERNATIONAL", 1_000L, start.plusDays(10));
        UUID from = measure("APPROVED");
        UUID to = measure("APPROVED");
        String fromAllocation = allocate(lineId, from, 500L);
        Map<String, Object> move = new HashMap<>(entry("REALLOCATE", from, 200L));
        move.put("toMeasureId", to.toString());
        move.put("effectiveOn", start.plusDays(20).toString());
        String entryId = record(lineId, move).then().statusCode(201)
                .body("effectiveOn", equalTo(start.plusDays(20).toString())).extract().path("entryId");
        as(Roles.BUDGET_CONTROLLER).body(Map.of("amountCents", 100L, "date", start.plusDays(30).toString(),
                "description", "Order")).post(BASE + "/allocations/" + fromAllocation + "/commitments").then().statusCode(201);

        ObjectMapper json = new ObjectMapper();
        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), "iat.budget.events")) {
            var records = reader.readUntil(r -> lineId.equals(r.key()) || ("envelope-" + year).equals(r.key()), 5,
                    Duration.ofSeconds(30));
            assertEquals(5, records.size());
            assertEquals(java.util.stream.Stream.of(BudgetEventType.ENVELOPE_SET, BudgetEventType.BUDGET_LINE_SET,
                    BudgetEventType.LEDGER_ENTRY_RECORDED, BudgetEventType.LEDGER_ENTRY_RECORDED,
                    BudgetEventType.SPENDING_RECORDED).map(BudgetEventType::cloudEventType).toList(),
                    records.stream().map(r -> TopicReader.header(r, "ce_type")).toList());
            assertEquals(List.of("1", "1", "2", "3", "4"), records.stream().map(r -> TopicReader.header(r, "ce_sequence")).toList());
            assertEquals("urn:nld:iat:budget", TopicReader.header(records.get(0), "ce_source"));
            // What the producer emitted matches the contract of each type (event-contracts).
            records.forEach(r -> EventContracts.assertValid(TopicReader.header(r, "ce_type"), r.value()));

            JsonNode envelope = json.readTree(records.get(0).value());
            assertEquals(year, envelope.get("fiscalYear").asInt());
            assertEquals(2_000L, envelope.get("amountCents").asLong());
            assertEquals("admin-client", envelope.get("actor").asText());
            assertEquals(start.toString(), envelope.get("effectiveOn").asText());
            assertTrue(OffsetDateTime.parse(TopicReader.header(records.get(0), "ce_time"))
                    .isAfter(OffsetDateTime.now().minusHours(1)), "the CloudEvents time stays the recording time");

            JsonNode line = json.readTree(records.get(1).value());
            assertEquals(lineId, line.get("budgetLineId").asText());
            assertEquals("INTERNATIONAL", line.get("priorityLineCode").asText());
            assertEquals(1_000L, line.get("amountCents").asLong());
            assertEquals(true, line.get("previousAmountCents").isNull());
            assertEquals(1L, line.get("version").asLong());
            assertEquals("budget-controller-client", line.get("actor").asText());
            assertEquals(start.plusDays(10).toString(), line.get("effectiveOn").asText());

            JsonNode allocation = json.readTree(records.get(2).value());
            assertEquals(BudgetFixtures.today().toString(), allocation.get("effectiveOn").asText());

            JsonNode reallocation = json.readTree(records.get(3).value());
            assertEquals(entryId, reallocation.get("entryId").asText());
            assertEquals("REALLOCATE", reallocation.get("kind").asText());
            assertEquals("INTERNATIONAL", reallocation.get("priorityLineCode").asText());
            assertEquals(year, reallocation.get("fiscalYear").asInt());
            assertEquals(200L, reallocation.get("amountCents").asLong());
            assertEquals(2, reallocation.get("changes").size(), "a reallocation is one event with both changes");
            assertEquals(from.toString(), reallocation.get("changes").get(0).get("measureId").asText());
            assertEquals(500L, reallocation.get("changes").get(0).get("beforeCents").asLong());
            assertEquals(300L, reallocation.get("changes").get(0).get("afterCents").asLong());
            assertEquals(to.toString(), reallocation.get("changes").get(1).get("measureId").asText());
            assertEquals(200L, reallocation.get("changes").get(1).get("afterCents").asLong());
            assertEquals(500L, reallocation.get("lineAllocatedAfterCents").asLong());
            assertEquals("29 754, nr. 436", reallocation.get("parliamentaryPaper").asText());
            assertEquals(start.plusDays(20).toString(), reallocation.get("effectiveOn").asText(),
                    "dated back before the allocation recorded earlier");

            JsonNode commitment = json.readTree(records.get(4).value());
            assertEquals("COMMITMENT", commitment.get("kind").asText());
            assertEquals(100L, commitment.get("allocationCommittedAfterCents").asLong());
            assertEquals(0L, commitment.get("allocationSpentAfterCents").asLong());
            assertEquals(start.plusDays(30).toString(), commitment.get("date").asText());
            assertEquals(start.plusDays(30).toString(), commitment.get("effectiveOn").asText(), "repeats its date");
        }
    }
}
