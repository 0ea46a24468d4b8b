package nl.iat.platform.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

/** The CloudEvents attributes and the JSON data of a consumed event. */
public record IncomingEvent(String id, String source, String type, String subject, long sequence,
        OffsetDateTime time, String data) {

    @SuppressWarnings("unchecked")
    public static IncomingEvent from(Message<?> message) {
        IncomingCloudEventMetadata<Object> ce = message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() -> new IllegalArgumentException("The message is not a CloudEvent"));
        Object sequence = ce.getExtension("sequence").orElse("0");
        OffsetDateTime time = ce.getTimeStamp()
                .map(t -> t.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
                .orElseThrow(() -> new IllegalArgumentException("The CloudEvent has no time"));
        Object payload = message.getPayload();
        return new IncomingEvent(ce.getId(), ce.getSource().toString(), ce.getType(),
                ce.getSubject().orElse(null), Long.parseLong(sequence.toString()), time,
                payload == null ? null : payload.toString());
    }
}
