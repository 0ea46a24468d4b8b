package nl.iat.budget.rest;

import static nl.iat.budget.rest.BudgetFixtures.count;
import static nl.iat.budget.rest.BudgetFixtures.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import nl.iat.budget.events.BudgetEventType;
import nl.iat.contracts.EventContracts;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.Simultaneously;
import nl.iat.testing.TopicReader;
import nl.iat.testing.Waits;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay publishes on the wake-up after each commit, coalesced on one relay thread: with
 * the periodic poll an hour apart, every event of a burst of concurrent entries must still be
 * published, in the line's order. A wake-up lost while the relay was busy would leave events behind.
 */
@QuarkusTest
@TestProfile(OutboxWakeUpTest.PollHourly.class)
@WithTestResource(KafkaBrokerResource.class)
class OutboxWakeUpTest {

    private static final int REQUESTS = 40;

    public static class PollHourly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("iat.outbox.poll-interval", "1h");
        }
    }

    @Test
    void aBurstOfEntriesIsPublishedWithoutThePoll() throws Exception {
        String lineId = BudgetFixtures.newLine(1_000_000);
        UUID measure = BudgetFixtures.measure("APPROVED");
        BudgetFixtures.allocate(lineId, measure, 1);

        List<Response> responses = Simultaneously.run(REQUESTS,
                i -> BudgetFixtures.record(lineId, entry("INCREASE", measure, 1L)));
        responses.forEach(r -> assertEquals(201, r.statusCode(), r.asString()));

        long unpublished = Waits.until(() -> count("select count(*) from outbox_event where subject = ?1"
                + " and published_at is null", lineId), n -> n == 0, Duration.ofSeconds(30));
        assertEquals(0, unpublished, "every event published by the wake-ups alone");
        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), "iat.budget.events")) {
            var events = reader.readUntil(r -> lineId.equals(r.key())
                    && BudgetEventType.LEDGER_ENTRY_RECORDED.cloudEventType().equals(TopicReader.header(r, "ce_type")),
                    REQUESTS + 1, Duration.ofSeconds(30));
            events.forEach(r -> EventContracts.assertValid(TopicReader.header(r, "ce_type"), r.value()));
            List<String> sequences = events.stream().map(r -> TopicReader.header(r, "ce_sequence")).toList();
            assertEquals(IntStream.rangeClosed(2, REQUESTS + 2).mapToObj(String::valueOf).toList(), sequences,
                    "the allocation and each increase, in the line's order");
        }
    }
}
