package nl.iat.platform.events;

import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import nl.iat.platform.tracing.W3cTraceContext;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Applies a consumed event at most once: the event's {@code source} and {@code id} are recorded in
 * the same transaction as the read-model change, so a redelivered event changes nothing. An event
 * that cannot be applied is counted and nacked, and the channel's dead-letter strategy moves it to
 * the dead-letter topic. Each message is handled in a CONSUMER span that continues the trace of its
 * {@code ce_traceparent} header (ADR 0011); the dead-letter record keeps that header.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    static final String DEAD_LETTERED = "dead-lettered";

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    @Inject
    Tracer tracer;

    public CompletionStage<Void> consume(String consumer, Message<?> message, Consumer<IncomingEvent> handler) {
        Span span = applySpan(consumer, message);
        // Current until the end, so the failure's log line carries the trace id too.
        Scope scope = span.makeCurrent();
        try {
            IncomingEvent event = IncomingEvent.from(message);
            span.setAttribute("messaging.message.id", event.id());
            span.setAttribute("cloudevents.event_type", event.type());
            QuarkusTransaction.requiringNew().run(() -> {
                if (recordFirstDelivery(consumer, event)) {
                    handler.accept(event);
                }
            });
            return message.ack();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Consumer %s cannot process a message; sending it to the dead-letter topic", consumer);
            countDeadLetter(consumer);
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, "dead-lettered");
            span.addEvent(DEAD_LETTERED, Attributes.of(AttributeKey.stringKey("reason"), String.valueOf(e.getMessage())));
            return message.nack(e);
        } finally {
            scope.close();
            span.end();
        }
    }

    private Span applySpan(String consumer, Message<?> message) {
        return tracer.spanBuilder("apply " + consumer)
                .setParent(W3cTraceContext.parent(traceContext(message)))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.consumer.group.name", consumer)
                .startSpan();
    }

    /** The record's {@code ce_traceparent} and {@code ce_tracestate}; null for an event sent without them. */
    private static W3cTraceContext traceContext(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(kafka -> CloudEventHeaders.traceContext(kafka.getHeaders()))
                .orElse(null);
    }

    private boolean recordFirstDelivery(String consumer, IncomingEvent event) {
        return entityManager.createNativeQuery("""
                insert into processed_event (consumer, source, event_id, processed_at)
                values (?1, ?2, ?3, now()) on conflict do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, event.source())
                .setParameter(3, event.id())
                .executeUpdate() == 1;
    }

    /**
     * Shows the consumer's dead-letter counter from the start, at 0, so dashboards and alerts find
     * the series before the first dead letter.
     */
    public void register(String consumer) {
        deadLetters(consumer);
    }

    /** Counts a message the consumer sent to the dead-letter topic without reaching {@link #consume}. */
    public void countDeadLetter(String consumer) {
        deadLetters(consumer).increment();
    }

    private Counter deadLetters(String consumer) {
        return Counter.builder("iat.events.dead.lettered").description("Messages sent to the dead-letter topic")
                .tag("consumer", consumer).register(registry);
    }

    /** How many events this consumer has sent to the dead-letter topic since start. */
    public double deadLettered(String consumer) {
        return deadLetters(consumer).count();
    }
}
