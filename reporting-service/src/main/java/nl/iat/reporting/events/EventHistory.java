package nl.iat.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import nl.iat.platform.events.IncomingEvent;

/** Appends consumed events to the event history, in the transaction that records them as processed. */
@ApplicationScoped
public class EventHistory {

    @Inject
    EntityManager entityManager;

    public void append(IncomingEvent event) {
        entityManager.createNativeQuery("""
                insert into event_history (event_id, source, type, subject, sequence, occurred_at, data)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, event.id())
                .setParameter(2, event.source())
                .setParameter(3, event.type())
                .setParameter(4, event.subject())
                .setParameter(5, event.sequence())
                .setParameter(6, event.time())
                .setParameter(7, event.data())
                .executeUpdate();
    }
}
