package nl.iat.budget.events;

import java.util.Map;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import nl.iat.platform.events.EventData;
import nl.iat.platform.events.EventHandler;
import nl.iat.platform.events.IdempotentConsumer;
import nl.iat.platform.events.IncomingEvent;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps the local copy of the measures up to date from the measure events: each event's data is read
 * into the record of its type and applied by the handler of its type ({@link ConsumedEventTypes}).
 */
@ApplicationScoped
public class MeasureEventsConsumer {

    static final String CONSUMER = "budget-measure-copy";

    @Inject
    IdempotentConsumer idempotentConsumer;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    @Any
    Instance<EventHandler<?>> handlerBeans;

    private Map<String, EventHandler<?>> handlers;

    @PostConstruct
    void findHandlers() {
        handlers = ConsumedEventTypes.REGISTRY.handlers(handlerBeans);
        idempotentConsumer.register(CONSUMER);
    }

    @Incoming("measure-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return idempotentConsumer.consume(CONSUMER, message, this::apply);
    }

    /** Reads, checks and applies an event; IllegalArgumentException (a dead letter) when it cannot be applied. */
    @SuppressWarnings("unchecked") // the registry pairs each type's record with a handler of that record
    void apply(IncomingEvent event) {
        EventData data = ConsumedEventTypes.REGISTRY.read(event, objectMapper);
        ((EventHandler<EventData>) handlers.get(event.type())).apply(data, event);
    }
}
