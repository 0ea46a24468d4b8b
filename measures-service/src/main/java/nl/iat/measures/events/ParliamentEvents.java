package nl.iat.measures.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.iat.platform.events.OutboxWriter;

/**
 * Appends a commitment or motion event to the outbox in the caller's transaction, as the measure events go.
 * Subject and Kafka key are the record's id, the sequence is its version. The relay sends these types to
 * {@link ParliamentEventType#TOPIC}, not to the measures' topic (iat.outbox.topic-routes, ADR 0103), so the
 * budget-service, which dead-letters types it does not know, never sees them.
 */
@ApplicationScoped
public class ParliamentEvents {

    @Inject
    OutboxWriter outbox;

    public void commitmentSet(CommitmentState state) {
        outbox.append(ParliamentEventType.COMMITMENT_SET.cloudEventType(), state.commitmentId().toString(),
                state.version(), state);
    }

    public void motionSet(MotionState state) {
        outbox.append(ParliamentEventType.MOTION_SET.cloudEventType(), state.motionId().toString(), state.version(), state);
    }
}
