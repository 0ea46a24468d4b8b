package nl.iat.reporting.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TestEvents;
import nl.iat.testing.Waits;
import org.junit.jupiter.api.Test;

/** Events of both topics cross the real broker into the event history, each exactly once. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class EventHistoryTest {

    @Inject
    EntityManager entityManager;

    @Test
    void recordsEventsOfBothTopicsOnceEvenWhenRedelivered() {
        String measure = UUID.randomUUID().toString();
        String line = UUID.randomUUID().toString();
        String measureEvent = TestEvents.publish("iat.measures.events", "urn:nld:iat:measures",
                "nl.iat.measures.registered.v1", measure, 1, "{\"measureId\":\"" + measure + "\"}");
        TestEvents.publish("iat.measures.events", measureEvent, "urn:nld:iat:measures",
                "nl.iat.measures.registered.v1", measure, 1, "{\"measureId\":\"" + measure + "\"}");
        String marker = UUID.randomUUID().toString();
        TestEvents.publish("iat.measures.events", "urn:nld:iat:measures", "nl.iat.measures.registered.v1", marker, 1,
                "{\"measureId\":\"" + marker + "\"}");
        TestEvents.publish("iat.budget.events", "urn:nld:iat:budget", "nl.iat.budget.budget-lines.created.v1", line, 1,
                "{\"budgetLineId\":\"" + line + "\"}");

        assertEquals(1L, Waits.until(() -> count(line), n -> n == 1, Duration.ofSeconds(30)));
        assertEquals(1L, Waits.until(() -> count(marker), n -> n == 1, Duration.ofSeconds(30)));
        assertEquals(1L, count(measure), "the redelivered measure event is recorded once");
    }

    private long count(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from event_history where subject = ?1")
                .setParameter(1, subject)
                .getSingleResult()).longValue());
    }
}
