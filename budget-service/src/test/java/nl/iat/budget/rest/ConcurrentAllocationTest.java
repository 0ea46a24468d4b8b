package nl.iat.budget.rest;

import static nl.iat.budget.rest.BudgetFixtures.BASE;
import static nl.iat.budget.rest.BudgetFixtures.as;
import static nl.iat.budget.rest.BudgetFixtures.count;
import static nl.iat.budget.rest.BudgetFixtures.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.iat.budget.events.BudgetEventType;
import nl.iat.contracts.EventContracts;
import nl.iat.platform.security.Roles;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.Simultaneously;
import nl.iat.testing.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * The invariants under concurrency: many simultaneous requests asking three times what fits. The
 * accepted ones fit exactly, the others are 409 problems, and each accepted one is one event.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ConcurrentAllocationTest {

    private static final int REQUESTS = 60;
    private static final long AMOUNT = 100_000L;
    private static final long LINE = REQUESTS * AMOUNT / 3;

    @Test
    void concurrentAllocationsNeverExceedTheLine() throws Exception {
        String lineId = BudgetFixtures.newLine(LINE);
        List<UUID> measures = BudgetFixtures.measures(REQUESTS, "APPROVED");

        List<Response> responses = Simultaneously.run(REQUESTS,
                i -> BudgetFixtures.record(lineId, entry("ALLOCATE", measures.get(i), AMOUNT)));

        List<Response> accepted = responses.stream().filter(r -> r.statusCode() == 201).toList();
        List<Response> refused = responses.stream().filter(r -> r.statusCode() != 201).toList();
        long acceptedTotal = accepted.stream().mapToLong(r -> r.<Integer>path("amountCents").longValue()).sum();
        assertEquals(LINE, acceptedTotal, "exactly what fits was accepted");
        assertEquals(REQUESTS / 3, accepted.size());
        refused.forEach(r -> {
            assertEquals(409, r.statusCode(), r.asString());
            assertTrue(r.contentType().startsWith("application/problem+json"));
        });
        as(Roles.VIEWER).get(BASE + "/budget-lines/" + lineId).then()
                .body("allocatedCents", org.hamcrest.Matchers.equalTo((int) acceptedTotal))
                .body("freeCents", org.hamcrest.Matchers.equalTo(0));
        assertEquals(acceptedTotal, count("select coalesce(sum(amount_cents), 0) from allocation where budget_line_id = cast(?1 as uuid)", lineId));
        assertEquals(accepted.size(), count("select count(*) from ledger_entry where budget_line_id = cast(?1 as uuid)", lineId));
        assertEquals(accepted.size(), count("select count(*) from outbox_event where subject = ?1 and type = ?2",
                lineId, BudgetEventType.LEDGER_ENTRY_RECORDED.cloudEventType()));
        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), "iat.budget.events")) {
            java.util.function.Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> ledgerEvent =
                    r -> lineId.equals(r.key())
                            && BudgetEventType.LEDGER_ENTRY_RECORDED.cloudEventType().equals(TopicReader.header(r, "ce_type"));
            var events = reader.readUntil(ledgerEvent, accepted.size(), Duration.ofSeconds(30));
            assertEquals(accepted.size(), events.size(), "one event per accepted allocation");
            events.forEach(r -> EventContracts.assertValid(TopicReader.header(r, "ce_type"), r.value()));
            assertEquals(0, reader.readUntil(ledgerEvent, 1, Duration.ofSeconds(2)).size(), "and not one more");
            List<String> sequences = events.stream().map(r -> TopicReader.header(r, "ce_sequence")).toList();
            List<String> expected = IntStream.rangeClosed(2, accepted.size() + 1).mapToObj(String::valueOf).toList();
            assertEquals(expected, sequences, "per-line sequence numbers, in order, without gaps");
        }
    }

    @Test
    void concurrentLinesNeverExceedTheEnvelope() throws Exception {
        int year = BudgetFixtures.newEnvelope(LINE);
        List<Response> responses = Simultaneously.run(REQUESTS, i -> as(Roles.BUDGET_CONTROLLER)
                .body(BudgetFixtures.line(year, "DIGITAL_RESILIENCE", AMOUNT)).post(BASE + "/budget-lines"));
        long accepted = responses.stream().filter(r -> r.statusCode() == 201).count();
        assertEquals(REQUESTS / 3, accepted);
        responses.stream().filter(r -> r.statusCode() != 201).forEach(r -> assertEquals(409, r.statusCode(), r.asString()));
        assertEquals(LINE, count("select sum(amount_cents) from budget_line where fiscal_year = ?1", year));
    }

    @Test
    void aLineIsNeverLoweredBelowWhatConcurrentAllocationsTook() throws Exception {
        String lineId = BudgetFixtures.newLine(LINE);
        List<UUID> measures = BudgetFixtures.measures(REQUESTS / 2, "APPROVED");
        // half the requests allocate, the other half try to lower the line to a tenth, whatever its version
        List<Response> responses = Simultaneously.run(REQUESTS, i -> i % 2 == 0
                ? BudgetFixtures.record(lineId, entry("ALLOCATE", measures.get(i / 2), AMOUNT))
                : as(Roles.BUDGET_CONTROLLER).header("If-Match", "*").body(java.util.Map.of("title", "Lowered",
                        "ownerOrganisationId", BudgetFixtures.OWNER, "amountCents", LINE / 10))
                        .put(BASE + "/budget-lines/" + lineId));
        responses.forEach(r -> assertTrue(r.statusCode() == 200 || r.statusCode() == 201 || r.statusCode() == 409,
                r.asString()));
        long allocated = count("select allocated_cents from budget_line where budget_line_id = cast(?1 as uuid)", lineId);
        long amount = count("select amount_cents from budget_line where budget_line_id = cast(?1 as uuid)", lineId);
        assertTrue(allocated <= amount, allocated + " allocated on a line of " + amount);
        assertEquals(allocated, count("select coalesce(sum(amount_cents), 0) from allocation where budget_line_id = cast(?1 as uuid)", lineId));
        long lowered = responses.stream().filter(r -> r.statusCode() == 200).count();
        long allocations = responses.stream().filter(r -> r.statusCode() == 201).count();
        assertEquals(allocations * AMOUNT, allocated);
        assertEquals(1 + lowered + allocations,
                count("select version from budget_line where budget_line_id = cast(?1 as uuid)", lineId),
                "every accepted change advanced the line's version once");
    }

    @Test
    void concurrentCommitmentsNeverExceedTheAllocation() throws Exception {
        String lineId = BudgetFixtures.newLine(LINE);
        String allocationId = BudgetFixtures.allocate(lineId, BudgetFixtures.measure("APPROVED"), LINE);
        String today = BudgetFixtures.today().toString();
        List<Response> responses = Simultaneously.run(REQUESTS, i -> as(Roles.BUDGET_CONTROLLER)
                .body(java.util.Map.of("amountCents", AMOUNT, "date", today, "description", "Order " + i))
                .post(BASE + "/allocations/" + allocationId + "/commitments"));
        long accepted = responses.stream().filter(r -> r.statusCode() == 201).count();
        assertEquals(REQUESTS / 3, accepted);
        responses.stream().filter(r -> r.statusCode() != 201).forEach(r -> assertEquals(409, r.statusCode(), r.asString()));
        as(Roles.VIEWER).get(BASE + "/allocations/" + allocationId).then()
                .body("committedCents", org.hamcrest.Matchers.equalTo((int) LINE))
                .body("spentCents", org.hamcrest.Matchers.equalTo(0));
        assertEquals(accepted, count("select count(*) from outbox_event where subject = ?1 and type = ?2",
                lineId, BudgetEventType.SPENDING_RECORDED.cloudEventType()));
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyCountOnce() throws Exception {
        String lineId = BudgetFixtures.newLine(10 * AMOUNT);
        UUID measure = BudgetFixtures.measure("IN_PROGRESS");
        String key = UUID.randomUUID().toString();
        List<Response> responses = Simultaneously.run(20, i -> as(Roles.BUDGET_CONTROLLER).header("Idempotency-Key", key)
                .body(entry("ALLOCATE", measure, AMOUNT)).post(BASE + "/budget-lines/" + lineId + "/ledger-entries"));
        responses.forEach(r -> assertEquals(201, r.statusCode(), r.asString()));
        assertEquals(1, responses.stream().map(r -> r.<String>path("entryId")).distinct().count());
        assertEquals(1, count("select count(*) from ledger_entry where budget_line_id = cast(?1 as uuid)", lineId));
        as(Roles.VIEWER).get(BASE + "/budget-lines/" + lineId).then()
                .body("allocatedCents", org.hamcrest.Matchers.equalTo((int) AMOUNT));
    }
}
