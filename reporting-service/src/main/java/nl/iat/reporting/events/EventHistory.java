package nl.iat.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import nl.iat.platform.events.IncomingEvent;

/**
 * Appends consumed events to the event history, in the transaction that applies them. The history
 * is unique per source and event id, so it is also the last guard against applying an event twice
 * (for example one that a rebuild applied while the live consumer waited for it).
 */
@ApplicationScoped
public class EventHistory {

    @Inject
    EntityManager entityManager;

    /** Appends the event; false when it is in the history already. */
    public boolean appendIfNew(IncomingEvent event) {
        return entityManager.createNativeQuery("""
                insert into event_history (event_id, source, type, subject, sequence, occurred_at, data)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (source, event_id) do nothing""")
                .setParameter(1, event.id())
                .setParameter(2, event.source())
                .setParameter(3, event.type())
                .setParameter(4, event.subject())
                .setParameter(5, event.sequence())
                .setParameter(6, event.time())
                .setParameter(7, event.data())
                .executeUpdate() == 1;
    }
}
