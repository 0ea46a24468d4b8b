package nl.iat.measures.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.iat.platform.events.OutboxWriter;

/**
 * Appends a measure event to the outbox in the caller's transaction. Subject and Kafka key are the
 * measure id, the sequence is the measure's version, so consumers see each measure's changes in order.
 */
@ApplicationScoped
public class MeasureEvents {

    @Inject
    OutboxWriter outbox;

    public void publish(MeasureEventType type, MeasureState state) {
        outbox.append(type.cloudEventType(), state.measureId().toString(), state.version(), state);
    }
}
