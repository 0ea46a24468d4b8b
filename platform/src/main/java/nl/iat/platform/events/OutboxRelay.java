package nl.iat.platform.events;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadataBuilder;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import nl.iat.platform.tracing.W3cTraceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Publishes outbox events to Kafka in position order and marks them published only after the
 * broker acknowledged them (the channel uses an idempotent producer with acks=all). A crash
 * between publish and mark publishes the event again: delivery is at least once, and the
 * consumers are idempotent. One relay at a time per database, guarded by an advisory lock, so
 * per-aggregate order is kept even with several instances.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "outbox-events";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x1A7_0B0CL;

    @Inject
    @Channel(CHANNEL)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
    Emitter<String> emitter;

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "iat.outbox.batch-size", defaultValue = "500")
    int batchSize;

    @ConfigProperty(name = "iat.outbox.ack-timeout", defaultValue = "30s")
    java.time.Duration ackTimeout;

    private final AtomicBoolean paused = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    /** Set by every request to publish; a run in progress goes round again while it is set. */
    private final AtomicBoolean wanted = new AtomicBoolean();
    /** Set while a wake-up is queued on the relay thread, so a burst of commits queues one run. */
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    // One thread: CompletableFuture.runAsync started a new thread per commit on a 2-core machine
    // (its common pool needs 3 cores or more).
    private final ExecutorService relayThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });

    /** A test profile can start with the relay paused, to observe events held in the outbox. */
    @ConfigProperty(name = "iat.outbox.paused", defaultValue = "false")
    boolean startPaused;

    /** Types published on a topic other than the channel's (OutboxTopics); none unless a service names some. */
    @ConfigProperty(name = "iat.outbox.topic-routes")
    Optional<List<String>> topicRoutes = Optional.empty();

    OutboxTopics topics = OutboxTopics.none();

    /** The channel's own topic, to name the publish spans. */
    @ConfigProperty(name = "mp.messaging.outgoing." + CHANNEL + ".topic")
    Optional<String> channelTopic = Optional.empty();

    @Inject
    Tracer tracer;

    @PostConstruct
    void init() {
        paused.set(startPaused);
        topics = OutboxTopics.parse(topicRoutes.orElse(List.of()));
    }

    @PreDestroy
    void stop() {
        relayThread.shutdownNow();
    }

    // Delayed so the first poll does not run before the Kafka channel is connected; skipped while the
    // service stops, when the channel and the database are already closing.
    @Scheduled(every = "${iat.outbox.poll-interval:1s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        publishPending();
    }

    /** Registers a publication right after the current transaction commits, for low latency. */
    void wakeUpAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wakeUp();
                }
            }
        });
    }

    private void wakeUp() {
        if (wakeUpQueued.compareAndSet(false, true)) {
            relayThread.execute(() -> {
                wakeUpQueued.set(false);
                publishPending();
            });
        }
    }

    /**
     * Publishes until the outbox is empty; returns how many events this call published. While
     * another call is publishing, this one only asks it to go round once more and returns 0, so
     * events committed during a run are never left waiting for the next poll.
     */
    public int publishPending() {
        wanted.set(true);
        int total = 0;
        while (wanted.get() && !paused.get() && running.compareAndSet(false, true)) {
            try {
                total += publishWhileWanted();
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay could not publish, will retry: %s", e.getMessage());
                return total;
            } finally {
                running.set(false);
            }
        }
        return total;
    }

    private int publishWhileWanted() {
        int total = 0;
        while (!paused.get() && wanted.getAndSet(false)) {
            int published;
            do {
                published = QuarkusTransaction.requiringNew().call(this::publishBatch);
                total += published;
            } while (published == batchSize && !paused.get());
        }
        return total;
    }

    /** Stops publishing (tests use it to hold events in the outbox); {@link #resume} starts again. */
    public void pause() {
        paused.set(true);
    }

    public void resume() {
        paused.set(false);
        wakeUp();
    }

    private int publishBatch() throws Exception {
        Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(" + RELAY_LOCK + ")")
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<OutboxEvent> batch = OutboxEvent.nextUnpublished(batchSize);
        if (batch.isEmpty()) {
            return 0;
        }
        CompletableFuture<?>[] acks = batch.stream().map(this::send).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(acks).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        OutboxEvent.markPublished(batch.stream().map(event -> event.position).toList(),
                OffsetDateTime.now(ZoneOffset.UTC));
        return batch.size();
    }

    private CompletableFuture<Void> send(OutboxEvent event) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        String topic = topics.topicOf(event.type).orElse(channelTopic.orElse(CHANNEL));
        Span span = publishSpan(event, topic);
        W3cTraceContext trace = W3cTraceContext.of(Context.root().with(span));
        OutgoingCloudEventMetadataBuilder<String> cloudEvent = OutgoingCloudEventMetadata
                .<String>builder()
                .withId(event.eventId.toString())
                .withSource(URI.create(event.source))
                .withType(event.type)
                .withSubject(event.subject)
                .withDataContentType("application/json")
                .withTimestamp(event.occurredAt.toZonedDateTime())
                .withExtension("sequence", String.valueOf(event.sequence));
        // CloudEvents distributed tracing: the consumer's span continues this trace. None only
        // when tracing is switched off (quarkus.otel.sdk.disabled): the span is then not valid.
        if (trace != null) {
            cloudEvent.withExtension(W3cTraceContext.TRACEPARENT, trace.traceparent());
            if (trace.tracestate() != null) {
                cloudEvent.withExtension(W3cTraceContext.TRACESTATE, trace.tracestate());
            }
        }
        OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder<String> record = OutgoingKafkaRecordMetadata
                .<String>builder().withKey(event.subject);
        topics.topicOf(event.type).ifPresent(record::withTopic);
        Message<String> message = Message.of(event.data, Metadata.of(cloudEvent.build(), record.build()),
                () -> {
                    span.end();
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    span.setStatus(StatusCode.ERROR, failure.toString());
                    span.end();
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        emitter.send(message);
        return ack;
    }

    /**
     * The PRODUCER span of one event, a child of the transaction that wrote it (ADR 0011); an
     * event written outside any trace starts one here, so its consumers still share a trace.
     */
    private Span publishSpan(OutboxEvent event, String topic) {
        return tracer.spanBuilder("publish " + topic)
                .setParent(W3cTraceContext.parent(event.traceContext()))
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.message.id", event.eventId.toString())
                .setAttribute("cloudevents.event_type", event.type)
                .setAttribute("cloudevents.event_subject", event.subject)
                .startSpan();
    }
}
