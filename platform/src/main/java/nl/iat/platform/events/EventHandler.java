package nl.iat.platform.events;

/** Applies the data of one event type, inside the consumer's transaction. Registered in an {@link EventTypeRegistry}. */
public interface EventHandler<T extends EventData> {

    void apply(T data, IncomingEvent event);
}
