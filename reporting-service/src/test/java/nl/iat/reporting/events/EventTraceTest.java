package nl.iat.reporting.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.reporting.Applied;
import nl.iat.reporting.SuiteEvents;
import nl.iat.reporting.SuiteEvents.Measure;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.RecordedSpans;
import nl.iat.testing.TestEvents;
import nl.iat.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A consumed event continues the trace of its {@code ce_traceparent} (ADR 0011): it is applied in
 * a CONSUMER span whose parent is the header's span, with its SQL statements inside; a poison
 * message's dead-letter record keeps that trace; an event without the header starts a new trace.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@ExtendWith(RecordedSpans.Recording.class)
class EventTraceTest {

    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");

    @Inject
    Applied applied;

    @Test
    void anEventIsAppliedInAConsumerSpanOfItsProducersTrace() {
        String traceId = hex(16);
        String producerSpanId = hex(8);
        String eventId = measure().tracedBy("00-" + traceId + "-" + producerSpanId + "-01").registered();
        applied.await(eventId);

        SpanData apply = consumerSpan(s -> eventId.equals(s.getAttributes().get(MESSAGE_ID)));
        assertEquals(traceId, apply.getTraceId());
        assertEquals(producerSpanId, apply.getParentSpanId());
        assertTrue(apply.getName().startsWith("apply "), apply.getName());
        assertTrue(RecordedSpans.ofTrace(traceId).stream().anyMatch(s -> s.getKind() == SpanKind.CLIENT
                && s.getParentSpanId().equals(apply.getSpanId())), "its SQL statements are children of the apply span");
    }

    @Test
    void aPoisonMessageIsDeadLetteredInTheSameTrace() {
        String traceId = hex(16);
        String traceparent = "00-" + traceId + "-" + hex(8) + "-01";
        String eventId = UUID.randomUUID().toString();
        // A type no producer declares: the consumer refuses it.
        TestEvents.publish(SuiteEvents.BUDGET_TOPIC, eventId, SuiteEvents.BUDGET_SOURCE, "nl.iat.budget.colours.painted.v1",
                "line-t", 1, OffsetDateTime.now(ZoneOffset.UTC), "{}", traceparent);

        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), "iat.reports.dead-letter")) {
            List<ConsumerRecord<String, String>> dead = reader.readUntil(r -> eventId.equals(TopicReader.header(r, "ce_id")),
                    1, Duration.ofSeconds(30));
            assertEquals(1, dead.size(), "the poison message is on the dead-letter topic");
            assertEquals(traceparent, TopicReader.header(dead.get(0), "ce_traceparent"));
        }
        SpanData apply = consumerSpan(s -> s.getTraceId().equals(traceId));
        assertEquals(StatusCode.ERROR, apply.getStatus().getStatusCode());
        assertTrue(apply.getEvents().stream().anyMatch(e -> e.getName().equals("dead-lettered")),
                "the span marks the dead-lettering: " + apply.getEvents());
    }

    @Test
    void anEventWithoutATraceparentStartsANewTrace() {
        String eventId = measure().registered();
        applied.await(eventId);

        SpanData apply = consumerSpan(s -> eventId.equals(s.getAttributes().get(MESSAGE_ID)));
        assertFalse(apply.getParentSpanContext().isValid(), "a root span");
    }

    private static SpanData consumerSpan(Predicate<SpanData> match) {
        Predicate<SpanData> consumer = s -> s.getKind() == SpanKind.CONSUMER && match.test(s);
        return RecordedSpans.awaitSpan(consumer).stream().filter(consumer).findFirst()
                .orElseThrow(() -> new AssertionError("no matching consumer span"));
    }

    private static Measure measure() {
        return new Measure("T-1", "VOORKOMEN", "FINANCING", "PREVENTIVE", "INTENSIFICATION", "org-t",
                "PROPOSED", "2042-01-01", "2042-12-31");
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1; // never all zeros, which W3C forbids
        return HexFormat.of().formatHex(random);
    }
}
