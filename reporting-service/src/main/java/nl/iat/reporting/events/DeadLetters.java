package nl.iat.reporting.events;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

/** The events that could not be applied, kept so that health shows them also after a restart. */
@ApplicationScoped
public class DeadLetters {

    @Inject
    EntityManager entityManager;

    @SuppressWarnings("unchecked")
    public void record(Message<?> message, Throwable reason) {
        Optional<IncomingCloudEventMetadata<Object>> ce = message.getMetadata(IncomingCloudEventMetadata.class)
                .map(m -> (IncomingCloudEventMetadata<Object>) m);
        record(ce.map(IncomingCloudEventMetadata::getId).orElse(null),
                ce.map(IncomingCloudEventMetadata::getType).orElse(null),
                ce.flatMap(IncomingCloudEventMetadata::getSubject).orElse(null), reason);
    }

    public void record(String eventId, String type, String subject, Throwable reason) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into dead_lettered_event (event_id, type, subject, reason, dead_lettered_at)
                values (?1, ?2, ?3, ?4, now())""")
                .setParameter(1, eventId)
                .setParameter(2, type)
                .setParameter(3, subject)
                .setParameter(4, String.valueOf(reason.getMessage()))
                .executeUpdate());
    }

    public long count() {
        return ((Number) entityManager.createNativeQuery("select count(*) from dead_lettered_event")
                .getSingleResult()).longValue();
    }
}
