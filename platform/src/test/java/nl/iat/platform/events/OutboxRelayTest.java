package nl.iat.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import nl.iat.platform.tracing.TestTracer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link OutboxRelay} on its own: the outbox table, the transactions and the Kafka channel are
 * stand-ins ({@link FakeOutbox}, {@link FakeTransactions}, {@link FakeBroker}), the relay is the
 * production class called through {@code publishPending}.
 */
@Tag("unit")
class OutboxRelayTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String WRITER_SPAN = "00f067aa0ba902b7";

    private final FakeBroker broker = new FakeBroker();
    private final FakeAdvisoryLock lock = new FakeAdvisoryLock();
    private FakeTransactions transactions;
    private FakeOutbox outbox;
    private OutboxRelay relay;
    private final TestTracer tracing = new TestTracer();

    @BeforeEach
    void setUp() {
        transactions = new FakeTransactions();
        outbox = new FakeOutbox();
        relay = new OutboxRelay();
        relay.emitter = broker;
        relay.entityManager = lock.entityManager(transactions);
        relay.batchSize = 500;
        relay.ackTimeout = Duration.ofSeconds(10);
        relay.tracer = tracing.tracer();
        relay.channelTopic = java.util.Optional.of("iat.test.events");
    }

    @AfterEach
    void tearDown() {
        relay.stop();
        outbox.close();
        transactions.close();
    }

    @Test
    void publishesInPositionOrderSoEachAggregatesEventsKeepTheirSequence() {
        List<OutboxEvent> appended = List.of(outbox.append("line-a", 1), outbox.append("line-b", 1),
                outbox.append("line-a", 2), outbox.append("line-c", 1), outbox.append("line-b", 2),
                outbox.append("line-a", 3));

        assertEquals(6, relay.publishPending());

        assertEquals(ids(appended), broker.sentIds());
        Map<Object, List<Long>> sequencesPerKey = broker.sent.stream().collect(Collectors.groupingBy(
                FakeBroker.Sent::key, Collectors.mapping(sent -> Long.valueOf((String) sent.cloudEvent()
                        .getExtension("sequence").orElseThrow()), Collectors.toList())));
        assertEquals(Map.of("line-a", List.of(1L, 2L, 3L), "line-b", List.of(1L, 2L), "line-c", List.of(1L)),
                sequencesPerKey);
        assertTrue(outbox.unpublished().isEmpty());
    }

    @Test
    void sendsEachEventAsABinaryCloudEventKeyedByItsAggregate() {
        OutboxEvent event = outbox.append("line-a", 7);

        relay.publishPending();

        FakeBroker.Sent sent = broker.sent.get(0);
        OutgoingCloudEventMetadata<?> ce = sent.cloudEvent();
        assertEquals(event.eventId.toString(), ce.getId());
        assertEquals(FakeOutbox.SOURCE, ce.getSource().toString());
        assertEquals(event.type, ce.getType());
        assertEquals("line-a", ce.getSubject().orElseThrow());
        assertEquals("application/json", ce.getDataContentType().orElseThrow());
        assertEquals(event.occurredAt, ce.getTimeStamp().orElseThrow().toOffsetDateTime());
        assertEquals("7", ce.getExtension("sequence").orElseThrow());
        assertEquals("line-a", sent.key(), "the Kafka key is the aggregate, so its events share a partition");
        assertEquals(event.data, sent.message().getPayload());
    }

    @Test
    void eachEventIsPublishedInAProducerSpanOfTheTraceThatWroteItAndCarriesThatSpan() {
        AtomicInteger endedBeforeAck = new AtomicInteger(-1);
        broker.answer = sent -> {
            endedBeforeAck.set(tracing.finished().size());
            sent.ack();
        };
        OutboxEvent event = outbox.append("line-a", 1);
        event.traceParent = "00-" + TRACE + "-" + WRITER_SPAN + "-01";
        event.traceState = "vendor=x1";

        relay.publishPending();

        assertEquals(0, endedBeforeAck.get(), "the span lasts until the broker acknowledges");
        FakeBroker.Sent sent = broker.sent.get(0);
        SpanData publish = tracing.only();
        assertEquals(SpanKind.PRODUCER, publish.getKind());
        assertEquals("publish iat.test.events", publish.getName());
        assertEquals(TRACE, publish.getTraceId());
        assertEquals(WRITER_SPAN, publish.getParentSpanId());
        assertEquals("00-" + TRACE + "-" + publish.getSpanId() + "-01", sent.cloudEvent().getExtension("traceparent").orElseThrow());
        assertEquals("vendor=x1", sent.cloudEvent().getExtension("tracestate").orElseThrow());
    }

    @Test
    void anEventWrittenOutsideAnyTraceStartsOneWhenPublished() {
        outbox.append("line-a", 1);

        relay.publishPending();

        SpanData publish = tracing.only();
        assertFalse(publish.getParentSpanContext().isValid());
        assertEquals("00-" + publish.getTraceId() + "-" + publish.getSpanId() + "-01",
                broker.sent.get(0).cloudEvent().getExtension("traceparent").orElseThrow());
        assertTrue(broker.sent.get(0).cloudEvent().getExtension("tracestate").isEmpty());
    }

    @Test
    void withTracingSwitchedOffEventsAreSentWithoutATraceparent() {
        relay.tracer = OpenTelemetry.noop().getTracer("off");
        outbox.append("line-a", 1);

        assertEquals(1, relay.publishPending());

        assertTrue(broker.sent.get(0).cloudEvent().getExtension("traceparent").isEmpty());
    }

    @Test
    void aFailedSendEndsItsSpanAsAnError() {
        broker.answer = sent -> sent.nack(new IllegalStateException("broker down"));
        outbox.append("line-a", 1);

        relay.publishPending();

        assertEquals(StatusCode.ERROR, tracing.only().getStatus().getStatusCode());
    }

    @Test
    void aRoutedTypeIsSentToItsOwnTopicAndTheRestToTheChannels() {
        relay.topics = OutboxTopics.parse(List.of(FakeOutbox.TYPE + "=elsewhere"));
        outbox.append("line-a", 1);

        relay.publishPending();
        relay.topics = OutboxTopics.none();
        outbox.append("line-a", 2);
        relay.publishPending();

        assertEquals("elsewhere", broker.sent.get(0).topic());
        assertEquals(null, broker.sent.get(1).topic(), "no topic in the metadata: the channel's own");
    }

    @Test
    void marksNothingPublishedBeforeTheBrokerAcknowledgedTheWholeBatch() {
        List<OutboxEvent> appended = List.of(outbox.append("line-a", 1), outbox.append("line-a", 2),
                outbox.append("line-b", 1));
        List<Integer> unpublishedWhileWaiting = new CopyOnWriteArrayList<>();
        broker.answer = sent -> {
            if (broker.sent.size() < 3) {
                return; // held: the broker has not answered yet
            }
            // the last send of the batch: answer from the broker's side, later
            Thread acks = new Thread(() -> {
                pause(150); // room for a relay that does not wait to mark too early
                unpublishedWhileWaiting.add(outbox.unpublished().size());
                broker.sent.get(0).ack();
                broker.sent.get(1).ack();
                pause(150);
                unpublishedWhileWaiting.add(outbox.unpublished().size());
                broker.sent.get(2).ack();
            });
            acks.start();
        };

        assertEquals(3, relay.publishPending());

        assertEquals(List.of(3, 3), unpublishedWhileWaiting,
                "nothing marked while no ack came, nor while one of the three was still unacknowledged");
        assertEquals(ids(appended), ids(outbox.published()));
    }

    @Test
    void aFailedSendMarksNothingAndTheNextRunSendsTheBatchAgainInOrder() {
        List<OutboxEvent> appended = List.of(outbox.append("line-a", 1), outbox.append("line-a", 2),
                outbox.append("line-b", 1));
        String failing = appended.get(1).eventId.toString();
        broker.answer = sent -> {
            if (sent.id().equals(failing) && broker.sent.size() <= 3) {
                sent.nack(new IllegalStateException("broker unavailable"));
            } else {
                sent.ack();
            }
        };

        assertEquals(0, relay.publishPending(), "the run gives up and waits for the next poll");
        assertEquals(3, outbox.unpublished().size(), "not even the acknowledged events are marked");
        assertEquals(0, outbox.marks.get());
        assertEquals(1, transactions.rolledBack);

        assertEquals(3, relay.publishPending());
        List<String> once = ids(appended);
        List<String> twice = new ArrayList<>(once);
        twice.addAll(once);
        assertEquals(twice, broker.sentIds(), "at least once: the whole batch again, in the same order");
        assertTrue(outbox.unpublished().isEmpty());
    }

    @Test
    void aBrokerThatDoesNotAnswerWithinTheAckTimeoutMarksNothing() {
        relay.ackTimeout = Duration.ofMillis(100);
        outbox.append("line-a", 1);
        outbox.append("line-a", 2);
        broker.answer = sent -> { }; // never answers

        assertEquals(0, relay.publishPending());
        assertEquals(2, outbox.unpublished().size());
        assertEquals(0, outbox.marks.get());

        broker.answer = FakeBroker.Sent::ack;
        assertEquals(2, relay.publishPending());
        assertEquals(4, broker.sent.size());
        assertTrue(outbox.unpublished().isEmpty());
    }

    @Test
    void publishesInBatchesOfTheConfiguredSizeEachInItsOwnTransaction() {
        relay.batchSize = 2;
        List<OutboxEvent> appended = new ArrayList<>();
        for (int sequence = 1; sequence <= 5; sequence++) {
            appended.add(outbox.append("line-a", sequence));
        }

        assertEquals(5, relay.publishPending(), "one call empties the outbox");

        assertEquals(ids(appended), broker.sentIds());
        assertEquals(3, transactions.committed, "batches of 2, 2 and 1");
        assertEquals(3, outbox.marks.get());
    }

    @Test
    void whileAnotherInstanceHoldsTheAdvisoryLockThisOneReadsAndSendsNothing() {
        outbox.append("line-a", 1);
        lock.heldElsewhere = true;

        assertEquals(0, relay.publishPending());
        assertEquals(0, outbox.reads.get(), "the outbox is not even read without the lock");
        assertTrue(broker.sent.isEmpty());
        assertEquals(1, outbox.unpublished().size());
        assertFalse(lock.statements.isEmpty());
        assertTrue(lock.statements.stream().allMatch(sql -> sql.contains("pg_try_advisory_xact_lock(")),
                "a transaction-scoped lock, released when the batch's transaction ends: " + lock.statements);

        lock.heldElsewhere = false;
        assertEquals(1, relay.publishPending());
        assertTrue(outbox.unpublished().isEmpty());
    }

    @Test
    void aCallDuringARunOnlyAsksThatRunToGoRoundAgain() {
        OutboxEvent first = outbox.append("line-a", 1);
        AtomicInteger concurrentCall = new AtomicInteger(-1);
        List<OutboxEvent> appendedMeanwhile = new ArrayList<>();
        broker.answer = sent -> {
            if (sent.id().equals(first.eventId.toString())) {
                // while the run waits for the broker, a transaction commits an event and wakes the relay
                Thread commit = new Thread(() -> {
                    appendedMeanwhile.add(outbox.append("line-a", 2));
                    concurrentCall.set(relay.publishPending());
                });
                commit.start();
                join(commit);
            }
            sent.ack();
        };

        int published = relay.publishPending();

        assertEquals(0, concurrentCall.get(), "one run at a time in a process: the second call publishes nothing");
        assertEquals(2, published, "the running call went round again for the event committed meanwhile");
        assertEquals(List.of(first.eventId.toString(), appendedMeanwhile.get(0).eventId.toString()),
                broker.sentIds(), "each sent once, in order");
        assertTrue(outbox.unpublished().isEmpty());
    }

    @Test
    void aPausedRelayPublishesNothing() {
        relay.startPaused = true;
        relay.init();
        outbox.append("line-a", 1);

        assertEquals(0, relay.publishPending());
        relay.pause();
        assertEquals(0, relay.publishPending());

        assertEquals(0, outbox.reads.get());
        assertTrue(broker.sent.isEmpty());
    }

    @Test
    void anEmptyOutboxSendsNothing() {
        assertEquals(0, relay.publishPending());
        assertTrue(broker.sent.isEmpty());
        assertEquals(0, outbox.marks.get());
    }

    private static List<String> ids(List<OutboxEvent> events) {
        return events.stream().sorted(Comparator.comparing(event -> event.position))
                .map(event -> event.eventId.toString()).toList();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
