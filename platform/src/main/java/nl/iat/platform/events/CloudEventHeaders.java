package nl.iat.platform.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.ce.impl.DefaultIncomingCloudEventMetadata;
import nl.iat.platform.tracing.W3cTraceContext;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Reads the CloudEvent attributes of a binary-mode Kafka record (docs/events.md) ourselves rather
 * than in the connector: a record with a broken attribute (say a {@code ce_time} that is not
 * RFC 3339) then becomes one dead-lettered message instead of a failure that stops the channel.
 */
public final class CloudEventHeaders {

    // Compiled once: it is checked for every consumed record.
    private static final Pattern SEQUENCE = Pattern.compile("\\d{1,18}");

    private CloudEventHeaders() {
    }

    /** The event of a record; IllegalArgumentException when it is not a valid CloudEvent. */
    public static IncomingEvent event(Headers headers, String data) {
        IncomingCloudEventMetadata<String> ce = metadata(headers, data);
        return new IncomingEvent(ce.getId(), ce.getSource().toString(), ce.getType(), ce.getSubject().orElse(null),
                Long.parseLong(ce.<String>getExtension("sequence").orElse("0")),
                ce.getTimeStamp().orElseThrow().toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC), data);
    }

    /** The CloudEvent metadata of a record, for {@code IdempotentConsumer}. */
    public static IncomingCloudEventMetadata<String> metadata(Headers headers, String data) {
        String sequence = optional(headers, "ce_sequence");
        if (sequence != null && !SEQUENCE.matcher(sequence).matches()) {
            throw new IllegalArgumentException("The CloudEvent's sequence is not a number: " + sequence);
        }
        return new DefaultIncomingCloudEventMetadata<>(required(headers, "ce_specversion"), required(headers, "ce_id"),
                uri(required(headers, "ce_source")), required(headers, "ce_type"), optional(headers, "content-type"),
                null, optional(headers, "ce_subject"), time(required(headers, "ce_time")),
                sequence == null ? Map.of() : Map.of("sequence", sequence), data);
    }

    /**
     * The CloudEvents distributed-tracing extension of a record ({@code ce_traceparent},
     * {@code ce_tracestate}); null when the record has no traceparent (events from before ADR 0011).
     */
    public static W3cTraceContext traceContext(Headers headers) {
        String traceparent = optional(headers, "ce_" + W3cTraceContext.TRACEPARENT);
        return traceparent == null ? null
                : new W3cTraceContext(traceparent, optional(headers, "ce_" + W3cTraceContext.TRACESTATE));
    }

    private static java.time.ZonedDateTime time(String value) {
        try {
            return OffsetDateTime.parse(value).toZonedDateTime();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The CloudEvent's time is not an RFC 3339 timestamp: " + value, e);
        }
    }

    private static URI uri(String value) {
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The CloudEvent's source is not a URI: " + value, e);
        }
    }

    private static String required(Headers headers, String name) {
        String value = optional(headers, name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The record lacks the CloudEvent attribute " + name);
        }
        return value;
    }

    private static String optional(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
