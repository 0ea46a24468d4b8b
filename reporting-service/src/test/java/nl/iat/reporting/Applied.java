package nl.iat.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.iat.testing.Waits;

/** Waits until published events have crossed the broker and been applied to the read models. */
@ApplicationScoped
public class Applied {

    @Inject
    EntityManager entityManager;

    public void await(String... eventIds) {
        await(List.of(eventIds));
    }

    public void await(List<String> eventIds) {
        long applied = Waits.until(() -> count(eventIds), n -> n == eventIds.size(), Duration.ofSeconds(30));
        assertEquals(eventIds.size(), applied, "all published events are applied");
    }

    private long count(List<String> eventIds) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from event_history where event_id in (:ids)")
                .setParameter("ids", eventIds)
                .getSingleResult()).longValue());
    }
}
