package nl.iat.platform.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;

/** The CloudEvents attributes and the JSON data of a consumed event. */
public record IncomingEvent(String id, String source, String type, String subject, long sequence,
        OffsetDateTime time, String data) {

    /**
     * The event of a consumed message: from the connector's CloudEvent metadata when the channel
     * parses CloudEvents, otherwise from the record's {@code ce_*} headers ({@link CloudEventHeaders}),
     * where a malformed attribute fails this one message instead of the channel.
     */
    @SuppressWarnings("unchecked")
    public static IncomingEvent from(Message<?> message) {
        var parsed = message.getMetadata(IncomingCloudEventMetadata.class);
        if (parsed.isEmpty()) {
            Headers headers = message.getMetadata(IncomingKafkaRecordMetadata.class)
                    .map(IncomingKafkaRecordMetadata::getHeaders)
                    .orElseThrow(() -> new IllegalArgumentException("The message is not a CloudEvent"));
            Object payload = message.getPayload();
            return CloudEventHeaders.event(headers, payload == null ? null : payload.toString());
        }
        IncomingCloudEventMetadata<Object> ce = parsed.get();
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
