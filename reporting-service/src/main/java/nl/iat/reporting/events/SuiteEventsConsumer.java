package nl.iat.reporting.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.reactive.messaging.annotations.Blocking;
import nl.iat.platform.events.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Consumes the measure and budget events, each exactly once, into the reporting read models. */
@ApplicationScoped
public class SuiteEventsConsumer {

    static final String CONSUMER = "reporting";

    @Inject
    IdempotentConsumer idempotentConsumer;

    @Inject
    EventHistory history;

    @Incoming("measure-events")
    @Blocking
    public CompletionStage<Void> measureEvent(Message<String> message) {
        return idempotentConsumer.consume(CONSUMER, message, history::append);
    }

    @Incoming("budget-events")
    @Blocking
    public CompletionStage<Void> budgetEvent(Message<String> message) {
        return idempotentConsumer.consume(CONSUMER, message, history::append);
    }
}
