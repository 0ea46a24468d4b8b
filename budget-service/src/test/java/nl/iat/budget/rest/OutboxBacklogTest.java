package nl.iat.budget.rest;

import static io.restassured.RestAssured.given;
import static nl.iat.budget.rest.BudgetFixtures.newLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nl.iat.testing.PrometheusText;
import nl.iat.testing.StoppableKafkaBroker;
import nl.iat.testing.Waits;
import org.junit.jupiter.api.Test;

/**
 * With the broker stopped, changes are still accepted and their events wait in the outbox: the
 * backlog gauges on /q/metrics rise (rows pending, age of the oldest growing), and once the broker
 * is back the relay drains the outbox and both fall back to 0. The broker is this class's own.
 */
@QuarkusTest
@TestProfile(OutboxBacklogTest.QuickMeasurements.class)
@WithTestResource(StoppableKafkaBroker.class)
class OutboxBacklogTest {

    private static final String PENDING = "iat_outbox_pending";
    private static final String AGE = "iat_outbox_oldest_age_seconds";

    /** Measured every second, and a send the broker does not acknowledge given up after 2 s, not 30. */
    public static class QuickMeasurements implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("iat.outbox.metrics-interval", "1s", "iat.outbox.ack-timeout", "2s");
        }
    }

    @Test
    void theBacklogGrowsWhileTheBrokerIsDownAndDrainsWhenItIsBack() throws Exception {
        newLine(1_000L);
        assertEquals(0, Waits.until(() -> gauge(PENDING), n -> n == 0, Duration.ofSeconds(30)),
                "with the broker up, the outbox empties");

        StoppableKafkaBroker.stopBroker();
        try {
            newLine(2_000L);
            newLine(3_000L);
            double pending = Waits.until(() -> gauge(PENDING), n -> n >= 2, Duration.ofSeconds(15));
            assertTrue(pending >= 2, "the two lines' events wait: " + pending);
            double age = Waits.until(() -> gauge(AGE), a -> a >= 3, Duration.ofSeconds(15));
            assertTrue(age >= 3, "the oldest waits longer and longer: " + age);
            double later = Waits.until(() -> gauge(AGE), a -> a >= age + 2, Duration.ofSeconds(15));
            assertTrue(later >= age + 2, "its age keeps growing: " + age + " then " + later);
        } finally {
            StoppableKafkaBroker.startBroker();
        }

        assertEquals(0, Waits.until(() -> gauge(PENDING), n -> n == 0, Duration.ofSeconds(90)),
                "the relay drains the outbox once the broker is back");
        assertEquals(0, Waits.until(() -> gauge(AGE), a -> a == 0, Duration.ofSeconds(10)));
    }

    private static double gauge(String name) {
        return PrometheusText.value(given().get("/q/metrics").then().statusCode(200).extract().asString(), name, Map.of());
    }
}
