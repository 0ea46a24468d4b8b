package nl.iat.platform.events;

import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Applies a consumed event at most once: the event's {@code source} and {@code id} are recorded in
 * the same transaction as the read-model change, so a redelivered event changes nothing. An event
 * that cannot be applied is counted and nacked, and the channel's dead-letter strategy moves it to
 * the dead-letter topic.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    public CompletionStage<Void> consume(String consumer, Message<?> message, Consumer<IncomingEvent> handler) {
        try {
            IncomingEvent event = IncomingEvent.from(message);
            QuarkusTransaction.requiringNew().run(() -> {
                if (recordFirstDelivery(consumer, event)) {
                    handler.accept(event);
                }
            });
            return message.ack();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Consumer %s cannot process a message; sending it to the dead-letter topic", consumer);
            countDeadLetter(consumer);
            return message.nack(e);
        }
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
