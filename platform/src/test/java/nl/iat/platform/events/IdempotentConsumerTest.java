package nl.iat.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import nl.iat.platform.tracing.TestTracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link IdempotentConsumer} with the Kafka connector's own incoming records and its dead-letter
 * handler (what {@code failure-strategy=dead-letter-queue} installs in the services); the table
 * {@code processed_event} is a set in memory that keeps a row only when its transaction commits.
 */
@Tag("unit")
class IdempotentConsumerTest {

    private static final String CONSUMER = "budget-measure-copy";
    private static final String DEAD_LETTER_TOPIC = "iat.budget.dead-letter";
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PRODUCER_SPAN = "00f067aa0ba902b7";
    private static final String DATA = "{\"measureId\":\"2b9d4c3e-1f0a-4e57-8c6b-7a9e0d1f2c3b\"}";

    /** Committed rows of processed_event: consumer, source, event id. */
    private final Set<List<String>> processed = new HashSet<>();
    private final List<IncomingEvent> applied = new ArrayList<>();
    private final List<Message<?>> deadLettered = new ArrayList<>();
    private final List<IncomingKafkaRecord<?, ?>> committedOffsets = new ArrayList<>();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final IdempotentConsumer consumer = new IdempotentConsumer();
    private final TestTracer tracing = new TestTracer();
    private KafkaDeadLetterQueue deadLetterQueue;
    private FakeTransactions transactions;
    private long nextOffset;

    @BeforeEach
    void setUp() {
        transactions = new FakeTransactions();
        consumer.entityManager = processedEventTable();
        consumer.registry = registry;
        consumer.tracer = tracing.tracer();
        UnicastProcessor<Message<?>> deadLetterSink = UnicastProcessor.create();
        deadLetterSink.subscribe().with(deadLettered::add);
        deadLetterQueue = new KafkaDeadLetterQueue("measure-events", DEAD_LETTER_TOPIC, null, deadLetterSink);
    }

    @AfterEach
    void tearDown() {
        transactions.close();
    }

    @Test
    void aFirstDeliveryIsAppliedRecordedAndAcknowledged() {
        IncomingKafkaRecord<String, String> record = delivery(Records.attributes(), false);

        consume(record, applied::add);

        assertEquals(1, applied.size());
        IncomingEvent event = applied.get(0);
        assertEquals("5f0c6f2e-8a55-4c36-9a43-5d2f1b0c9e11", event.id());
        assertEquals("nl.iat.measures.measure-registered.v1", event.type());
        assertEquals(3, event.sequence());
        assertEquals(DATA, event.data());
        assertEquals(Set.of(List.of(CONSUMER, "/iat/measures-service", "5f0c6f2e-8a55-4c36-9a43-5d2f1b0c9e11")),
                processed);
        assertEquals(List.of(record), committedOffsets);
        assertTrue(deadLettered.isEmpty());
    }

    @Test
    void aDuplicateChangesNothingAndIsAcknowledged() {
        IncomingKafkaRecord<String, String> first = delivery(Records.attributes(), false);
        IncomingKafkaRecord<String, String> again = delivery(Records.attributes(), false);

        consume(first, applied::add);
        consume(again, applied::add);

        assertEquals(1, applied.size(), "the handler ran once");
        assertEquals(1, processed.size());
        assertEquals(List.of(first, again), committedOffsets, "the duplicate is acknowledged, not dead-lettered");
        assertTrue(deadLettered.isEmpty());
        assertEquals(0.0, consumer.deadLettered(CONSUMER));
    }

    @Test
    void eventsAreKnownBySourceAndIdAndPerConsumer() {
        Map<String, String> otherSource = Records.attributes();
        otherSource.put("ce_source", "/iat/budget-service");

        consume(delivery(Records.attributes(), false), applied::add);
        consume(delivery(otherSource, false), applied::add);
        consumer.consume("reporting-projection", delivery(Records.attributes(), false), applied::add);

        assertEquals(3, applied.size(), "the same id from another source, or for another consumer, is a new event");
    }

    @Test
    void anEventParsedByTheConnectorIsAppliedTheSameWay() {
        consume(delivery(Records.attributes(), true), applied::add);
        consume(delivery(Records.attributes(), false), applied::add);

        assertEquals(1, applied.size(), "one event, whichever way its attributes were read");
        assertEquals(3, applied.get(0).sequence());
    }

    @Test
    void aMessageTheHandlerCannotApplyGoesToTheDeadLetterTopicAndLeavesNoTrace() {
        IncomingKafkaRecord<String, String> poison = delivery(Records.attributes(), false);

        consume(poison, event -> {
            throw new IllegalArgumentException("measureId is missing");
        });

        ProducerRecord<?, ?> dead = deadLetter();
        assertEquals(DEAD_LETTER_TOPIC, dead.topic());
        assertEquals(DATA, dead.value());
        assertEquals("measureId is missing", header(dead, KafkaDeadLetterQueue.DEAD_LETTER_REASON));
        assertEquals(Records.TOPIC, header(dead, KafkaDeadLetterQueue.DEAD_LETTER_TOPIC));
        assertEquals("5f0c6f2e-8a55-4c36-9a43-5d2f1b0c9e11", header(dead, "ce_id"), "the event travels unchanged");
        assertEquals(1.0, consumer.deadLettered(CONSUMER));
        assertEquals(0.0, consumer.deadLettered("reporting-projection"));
        assertTrue(processed.isEmpty(), "its processed_event row was rolled back with the handler's work");
        assertEquals(1, transactions.rolledBack);

        consume(delivery(Records.attributes(), false), applied::add);
        assertEquals(1, applied.size(), "so the same event, delivered again (a replay), is applied");
    }

    @Test
    void aMalformedCloudEventIsDeadLetteredWithoutCallingTheHandler() {
        Map<String, String> attributes = Records.attributes();
        attributes.put("ce_time", "yesterday");

        consume(delivery(attributes, false), applied::add);

        assertTrue(applied.isEmpty());
        assertEquals("The CloudEvent's time is not an RFC 3339 timestamp: yesterday",
                header(deadLetter(), KafkaDeadLetterQueue.DEAD_LETTER_REASON));
        assertEquals(0, transactions.committed + transactions.rolledBack, "no transaction was begun");
        assertEquals(1.0, consumer.deadLettered(CONSUMER));
    }

    @Test
    void aMessageThatIsNotACloudEventIsNacked() {
        List<Throwable> nacks = new ArrayList<>();
        Supplier<CompletionStage<Void>> ack = () -> {
            throw new AssertionError("must not be acknowledged");
        };
        Function<Throwable, CompletionStage<Void>> nack = failure -> {
            nacks.add(failure);
            return CompletableFuture.completedFuture(null);
        };
        Message<String> plain = Message.of(DATA, ack, nack);

        consumer.consume(CONSUMER, plain, applied::add);

        assertTrue(applied.isEmpty());
        assertEquals(1, nacks.size());
        assertInstanceOf(IllegalArgumentException.class, nacks.get(0));
        assertEquals("The message is not a CloudEvent", nacks.get(0).getMessage());
    }

    @Test
    void aDeliveryIsAppliedInAConsumerSpanThatContinuesTheTraceOfItsHeader() {
        Map<String, String> attributes = Records.attributes();
        attributes.put("ce_traceparent", "00-" + TRACE + "-" + PRODUCER_SPAN + "-01");
        List<String> currentWhileApplied = new ArrayList<>();

        consume(delivery(attributes, false), event -> currentWhileApplied.add(Span.current().getSpanContext().getSpanId()));

        SpanData apply = tracing.only();
        assertEquals(SpanKind.CONSUMER, apply.getKind());
        assertEquals(TRACE, apply.getTraceId());
        assertEquals(PRODUCER_SPAN, apply.getParentSpanId());
        assertEquals("apply " + CONSUMER, apply.getName());
        assertEquals(List.of(apply.getSpanId()), currentWhileApplied, "the handler runs inside the span");
    }

    @Test
    void aDeadLetteredMessageKeepsItsTraceAndItsSpanSaysSo() {
        Map<String, String> attributes = Records.attributes();
        String traceparent = "00-" + TRACE + "-" + PRODUCER_SPAN + "-01";
        attributes.put("ce_traceparent", traceparent);

        consume(delivery(attributes, false), event -> {
            throw new IllegalArgumentException("measureId is missing");
        });

        assertEquals(traceparent, header(deadLetter(), "ce_traceparent"));
        SpanData apply = tracing.only();
        assertEquals(TRACE, apply.getTraceId());
        assertEquals(StatusCode.ERROR, apply.getStatus().getStatusCode());
        assertTrue(apply.getEvents().stream().anyMatch(e -> e.getName().equals(IdempotentConsumer.DEAD_LETTERED)));
    }

    @Test
    void anEventWithoutTraceContextStartsANewTrace() {
        consume(delivery(Records.attributes(), false), applied::add);

        assertFalse(tracing.only().getParentSpanContext().isValid());
    }

    private void consume(IncomingKafkaRecord<String, String> record, Consumer<IncomingEvent> handler) {
        CompletionStage<Void> done = consumer.consume(CONSUMER, record, handler);
        // the dead-letter handler completes the nack once the dead-letter record is acknowledged
        deadLettered.forEach(Message::ack);
        done.toCompletableFuture().join();
    }

    private ProducerRecord<?, ?> deadLetter() {
        assertEquals(1, deadLettered.size(), "one record on the dead-letter topic");
        return (ProducerRecord<?, ?>) deadLettered.get(0).getPayload();
    }

    private static String header(ProducerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A record as the connector delivers it; {@code cloudEvents}: whether the connector parsed the attributes. */
    private IncomingKafkaRecord<String, String> delivery(Map<String, String> attributes, boolean cloudEvents) {
        ConsumerRecord<String, String> record = Records.record(Records.headers(attributes), DATA, nextOffset++);
        return new IncomingKafkaRecord<>(record, "measure-events", 0, commitHandler(), deadLetterQueue,
                cloudEvents, false);
    }

    private KafkaCommitHandler commitHandler() {
        KafkaCommitHandler handler = mock(KafkaCommitHandler.class);
        when(handler.handle(any())).thenAnswer(invocation -> {
            committedOffsets.add(invocation.getArgument(0));
            return Uni.createFrom().voidItem();
        });
        return handler;
    }

    /** processed_event's primary key (consumer, source, event_id) with "on conflict do nothing". */
    private EntityManager processedEventTable() {
        EntityManager entityManager = mock(EntityManager.class);
        when(entityManager.createNativeQuery(anyString())).thenAnswer(invocation -> {
            assertTrue(invocation.<String>getArgument(0).contains("processed_event"));
            Map<Integer, Object> parameters = new HashMap<>();
            Query insert = mock(Query.class);
            when(insert.setParameter(anyInt(), any())).thenAnswer(set -> {
                parameters.put(set.getArgument(0), set.getArgument(1));
                return insert;
            });
            when(insert.executeUpdate()).thenAnswer(execute -> {
                List<String> row = List.of((String) parameters.get(1), (String) parameters.get(2),
                        (String) parameters.get(3));
                if (!processed.add(row)) {
                    return 0;
                }
                transactions.undoOnRollback(() -> processed.remove(row));
                return 1;
            });
            return insert;
        });
        return entityManager;
    }
}
