package nl.iat.budget.rest;

import static nl.iat.budget.rest.BudgetFixtures.entry;
import static nl.iat.budget.rest.BudgetFixtures.measure;
import static nl.iat.budget.rest.BudgetFixtures.newLine;
import static nl.iat.budget.rest.BudgetFixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.budget.events.BudgetEventType;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.RecordedSpans;
import nl.iat.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One allocation is one trace (ADR 0011): the HTTP server span, the SQL statements of its
 * transaction, the relay's publish span, and the Kafka record's {@code ce_traceparent}, which
 * names the publish span so the consumers continue the same trace.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@ExtendWith(RecordedSpans.Recording.class)
class AllocationTraceTest {

    private static final AttributeKey<String> SUBJECT = AttributeKey.stringKey("cloudevents.event_subject");
    private static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
    private static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system.name");
    private static final AttributeKey<String> DB_SYSTEM_OLD = AttributeKey.stringKey("db.system");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anAllocationIsOneTraceFromTheRequestThroughItsStatementsToThePublishedEvent() {
        String lineId = newLine(1_000L);
        UUID measureId = measure("APPROVED");
        record(lineId, entry("ALLOCATE", measureId, 300L)).then().statusCode(201);

        Predicate<SpanData> publish = s -> s.getKind() == SpanKind.PRODUCER && lineId.equals(s.getAttributes().get(SUBJECT))
                && BudgetEventType.LEDGER_ENTRY_RECORDED.cloudEventType().equals(s.getAttributes().get(EVENT_TYPE));
        SpanData published = RecordedSpans.awaitSpan(publish).stream().filter(publish).findFirst().orElseThrow();
        List<SpanData> trace = RecordedSpans.ofTrace(published.getTraceId());
        SpanData server = trace.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst()
                .orElseThrow(() -> new AssertionError("no server span in the trace: " + trace));
        assertTrue(server.getName().startsWith("POST"), server.getName());
        assertEquals(server.getSpanId(), published.getParentSpanId(), "the publish span is a child of the request's");
        assertTrue(published.getName().startsWith("publish iat.budget.events"), published.getName());
        List<SpanData> statements = trace.stream().filter(s -> s.getKind() == SpanKind.CLIENT
                && ("postgresql".equals(s.getAttributes().get(DB_SYSTEM))
                        || "postgresql".equals(s.getAttributes().get(DB_SYSTEM_OLD)))).toList();
        assertFalse(statements.isEmpty(), "the transaction's SQL statements are in the trace: " + trace);
        assertTrue(statements.stream().allMatch(s -> s.getParentSpanId().equals(server.getSpanId())),
                "the statements run inside the request's span");

        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), "iat.budget.events")) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(r -> lineId.equals(r.key())
                    && BudgetEventType.LEDGER_ENTRY_RECORDED.cloudEventType().equals(TopicReader.header(r, "ce_type")),
                    1, Duration.ofSeconds(30));
            assertEquals(1, records.size());
            assertEquals("00-" + server.getTraceId() + "-" + published.getSpanId() + "-01",
                    TopicReader.header(records.get(0), "ce_traceparent"));
            assertEquals(1, count(records.get(0), "ce_traceparent"), "one trace context on the record");
            assertEquals(0, count(records.get(0), "traceparent"), "no second one from the Kafka connector");
        }
    }

    @Test
    void onlyRecordedTracesGetTheTelemetryWrappedConnection() throws SQLException {
        assertFalse(connectionClassIn(false).startsWith("io.opentelemetry"), "an unrecorded trace: the plain pool");
        assertTrue(connectionClassIn(true).startsWith("io.opentelemetry"), "a recorded trace: the traced pool");
    }

    private String connectionClassIn(boolean sampled) throws SQLException {
        SpanContext span = SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7",
                sampled ? TraceFlags.getSampled() : TraceFlags.getDefault(), TraceState.getDefault());
        try (Scope ignored = Context.root().with(Span.wrap(span)).makeCurrent(); Connection connection = dataSource.getConnection()) {
            return connection.getClass().getName();
        }
    }

    @Test
    void aProblemNamesTheTraceOfItsRequest() {
        // an unknown line: answered 404 before anything else is checked (ADR 0016)
        String traceId = record(UUID.randomUUID().toString(), entry("INCREASE", UUID.randomUUID(), 1L))
                .then().statusCode(404).contentType("application/problem+json").extract().path("traceId");

        List<SpanData> spans = RecordedSpans.awaitSpan(s -> s.getKind() == SpanKind.SERVER && s.getTraceId().equals(traceId));
        assertTrue(spans.stream().anyMatch(s -> s.getKind() == SpanKind.SERVER && s.getTraceId().equals(traceId)),
                "the problem's traceId is its request's trace: " + traceId);
    }

    private static int count(ConsumerRecord<?, ?> record, String header) {
        int n = 0;
        for (var ignored : record.headers().headers(header)) {
            n++;
        }
        return n;
    }
}
