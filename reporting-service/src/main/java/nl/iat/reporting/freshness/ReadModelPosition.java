package nl.iat.reporting.freshness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * How far the read models are: the position of the last event applied to them (the event
 * history's identity column). Every report is a function of the events up to this position, so
 * while it stays the same, so do the figures.
 */
@ApplicationScoped
public class ReadModelPosition {

    @Inject
    EntityManager entityManager;

    public long current() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select coalesce(max(position), 0) from event_history")
                .getSingleResult()).longValue());
    }
}
