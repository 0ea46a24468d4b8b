package nl.iat.budget.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.reactive.messaging.annotations.Blocking;
import nl.iat.platform.events.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Keeps the local copy of the measures up to date from the measure events. */
@ApplicationScoped
public class MeasureEventsConsumer {

    static final String CONSUMER = "budget-measure-copy";

    @Inject
    IdempotentConsumer idempotentConsumer;

    @Inject
    MeasureCopyUpdater updater;

    @Incoming("measure-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return idempotentConsumer.consume(CONSUMER, message, updater::apply);
    }
}
