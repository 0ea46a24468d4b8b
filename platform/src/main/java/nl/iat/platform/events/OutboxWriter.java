package nl.iat.platform.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.iat.platform.tracing.W3cTraceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Appends events to the outbox inside the caller's transaction. Never talks to Kafka itself. */
@ApplicationScoped
public class OutboxWriter {

    @Inject
    ObjectMapper objectMapper;

    @Inject
    OutboxRelay relay;

    @ConfigProperty(name = "iat.events.source")
    String source;

    /**
     * @param type      CloudEvents type, reverse-DNS with a version suffix
     * @param subject   id of the aggregate the event is about (Kafka key)
     * @param sequence  the aggregate's sequence number of this change
     * @param data      the event data, serialized as JSON
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent append(String type, String subject, long sequence, Object data) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.type = type;
        event.source = source;
        event.subject = subject;
        event.sequence = sequence;
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.data = toJson(data);
        W3cTraceContext trace = W3cTraceContext.current();
        if (trace != null) {
            event.traceParent = trace.traceparent();
            event.traceState = trace.tracestate();
        }
        event.persist();
        relay.wakeUpAfterCommit();
        return event;
    }

    private String toJson(Object data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be serialized", e);
        }
    }
}
