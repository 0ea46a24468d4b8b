package nl.iat.reporting.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.iat.reporting.events.DeadLetters;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows in readiness how many events went to the dead-letter topic (kept in the database, so the
 * count survives restarts). The check stays UP: the service still serves every other event's
 * figures, and taking it out of the load balancer would not bring the dead-lettered ones back;
 * operators alert on the count (also the metric iat.events.dead.lettered).
 */
@Readiness
@ApplicationScoped
public class DeadLetteredEventsCheck implements HealthCheck {

    @Inject
    DeadLetters deadLetters;

    @Override
    public HealthCheckResponse call() {
        long count = QuarkusTransaction.requiringNew().call(deadLetters::count);
        return HealthCheckResponse.named("dead-lettered-events")
                .up()
                .withData("deadLetteredEvents", count)
                .withData("deadLetterTopic", "iat.reports.dead-letter")
                .build();
    }
}
