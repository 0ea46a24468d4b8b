package nl.iat.reporting.events;

import java.util.concurrent.CompletionStage;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import nl.iat.platform.events.CloudEventHeaders;
import nl.iat.platform.events.IdempotentConsumer;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import nl.iat.reporting.readmodel.ReadModelGate;
import nl.iat.reporting.readmodel.ReadModelProjector;

/**
 * Consumes the measure and budget events, each exactly once, into the event history and the read
 * models. The CloudEvent attributes are read here (the connector's CloudEvent support is off), so
 * that a malformed record is dead-lettered like any unprocessable one instead of stopping the
 * channel. A message that cannot be applied is recorded in {@code dead_lettered_event} (for
 * health) before the channel's dead-letter strategy moves it to the dead-letter topic.
 */
@ApplicationScoped
public class SuiteEventsConsumer {

    public static final String CONSUMER = "reporting";

    @Inject
    IdempotentConsumer idempotentConsumer;

    @Inject
    ReadModelProjector projector;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ReadModelGate gate;

    @PostConstruct
    void registerCounter() {
        idempotentConsumer.register(CONSUMER);
    }

    @Incoming("measure-events")
    @Blocking
    public CompletionStage<Void> measureEvent(Message<String> message) {
        return consume(message);
    }

    @Incoming("budget-events")
    @Blocking
    public CompletionStage<Void> budgetEvent(Message<String> message) {
        return consume(message);
    }

    @Incoming("parliament-events")
    @Blocking
    public CompletionStage<Void> parliamentEvent(Message<String> message) {
        return consume(message);
    }

    private CompletionStage<Void> consume(Message<String> message) {
        Message<String> recorded = message.withNack(reason -> {
            deadLetters.record(message, reason);
            return message.nack(reason);
        });
        Headers headers = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getHeaders)
                .orElseThrow(() -> new IllegalStateException("A Kafka channel gave a message without Kafka metadata"));
        IncomingCloudEventMetadata<String> cloudEvent;
        try {
            cloudEvent = CloudEventHeaders.metadata(headers, message.getPayload());
        } catch (IllegalArgumentException notACloudEvent) {
            idempotentConsumer.countDeadLetter(CONSUMER);
            deadLetters.record(null, null, null, notACloudEvent);
            return message.nack(notACloudEvent);
        }
        gate.enter();
        try {
            return idempotentConsumer.consume(CONSUMER, recorded.addMetadata(cloudEvent), projector::project);
        } finally {
            gate.exit();
        }
    }
}
