package nl.iat.platform.events;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.Instance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A consumer's registry of the event types it applies: each type with the record its data is read into
 * and the handler (a bean) that applies it. It is the one place where a consumer names event types, so
 * a test can hold it to the declared contracts (event-contracts). A type that is not registered is
 * refused: its event is dead-lettered, never dropped silently (ADR 0301).
 *
 * <pre>{@code
 * static final EventTypeRegistry TYPES = EventTypeRegistry.of("the reports", ReadModelHandler.class)
 *         .type("nl.iat.budget.envelopes.set.v1", EnvelopeSet.class, EnvelopeProjection.class)
 *         .build();
 * }</pre>
 */
public final class EventTypeRegistry {

    /** One registered type: the record its data is read into, and the handler bean that applies it. */
    public record Registration(String type, Class<? extends EventData> data, Class<?> handler) {
    }

    private final String consumer;
    private final Map<String, Registration> registrations;

    private EventTypeRegistry(String consumer, Map<String, Registration> registrations) {
        this.consumer = consumer;
        this.registrations = Collections.unmodifiableMap(registrations);
    }

    /**
     * Starts a registry.
     *
     * @param consumer    who consumes, for messages ("the reports")
     * @param handlerKind what every handler must be, beyond an {@link EventHandler} (the consumer's own handler interface)
     */
    public static Builder of(String consumer, Class<?> handlerKind) {
        return new Builder(consumer, handlerKind);
    }

    public static final class Builder {
        private final String consumer;
        private final Class<?> handlerKind;
        private final Map<String, Registration> registrations = new LinkedHashMap<>();

        private Builder(String consumer, Class<?> handlerKind) {
            this.consumer = consumer;
            this.handlerKind = handlerKind;
        }

        /** Registers a type: its data is read into {@code data}, and {@code handler} applies it. */
        public <T extends EventData> Builder type(String type, Class<T> data, Class<? extends EventHandler<T>> handler) {
            if (!handlerKind.isAssignableFrom(handler)) {
                throw new IllegalArgumentException(handler.getName() + " is not a " + handlerKind.getSimpleName());
            }
            if (registrations.putIfAbsent(type, new Registration(type, data, handler)) != null) {
                throw new IllegalArgumentException("Event type " + type + " is registered twice");
            }
            return this;
        }

        public EventTypeRegistry build() {
            return new EventTypeRegistry(consumer, new LinkedHashMap<>(registrations));
        }
    }

    /** The registered types, in the order of registration. */
    public Set<String> types() {
        return registrations.keySet();
    }

    public Collection<Registration> registrations() {
        return registrations.values();
    }

    /** The registration of a type; IllegalArgumentException (the event is then dead-lettered) for one not registered. */
    public Registration registration(String type) {
        Registration registration = type == null ? null : registrations.get(type);
        if (registration == null) {
            // Not dropped silently: dead-lettered, and a rebuild after an upgrade that knows the type applies it.
            throw new IllegalArgumentException("Event type " + (type == null ? "" : type) + " is not known to " + consumer);
        }
        return registration;
    }

    /**
     * Reads the event's data into the record of its type and checks it; IllegalArgumentException when the
     * event cannot be applied (type not registered, no data, data not readable, data incomplete).
     */
    public EventData read(IncomingEvent event, ObjectMapper objectMapper) {
        Class<? extends EventData> type = registration(event.type()).data();
        if (event.data() == null) {
            throw new IllegalArgumentException("Event " + event.id() + " has no data");
        }
        EventData data;
        try {
            data = objectMapper.readValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + event.id() + " has data that does not match "
                    + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
        data.requireComplete();
        return data;
    }

    /** The handler of every registered type, from the beans; throws when a registered handler is not a bean. */
    public <H> Map<String, H> handlers(Instance<H> beans) {
        Map<Class<?>, H> byClass = new HashMap<>();
        for (Instance.Handle<H> handle : beans.handles()) {
            byClass.put(handle.getBean().getBeanClass(), handle.get());
        }
        Map<String, H> handlers = new HashMap<>();
        for (Registration registration : registrations.values()) {
            H handler = byClass.get(registration.handler());
            if (handler == null) {
                throw new IllegalStateException("The handler of " + registration.type() + ", "
                        + registration.handler().getName() + ", is not a bean");
            }
            handlers.put(registration.type(), handler);
        }
        return handlers;
    }
}
