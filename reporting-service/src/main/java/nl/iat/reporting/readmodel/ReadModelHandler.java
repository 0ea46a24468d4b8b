package nl.iat.reporting.readmodel;

import nl.iat.platform.events.EventData;
import nl.iat.platform.events.EventHandler;
import nl.iat.platform.events.IncomingEvent;
import nl.iat.reporting.events.ConsumedEventTypes;

/**
 * Applies the data of one event type to the read models, live and in a rebuild. Registered in
 * {@link ConsumedEventTypes}.
 */
public interface ReadModelHandler<T extends EventData> extends EventHandler<T> {

    /** Live: the event's facts and the precomputed totals, in the consumer's transaction (ADR 0300). */
    @Override
    void apply(T data, IncomingEvent event);

    /**
     * In a rebuild: the event's facts only, a poll at a time through {@code facts}; the totals are
     * derived from the facts at the end (ADR 0301, 0302). A type whose facts are rare may apply itself
     * as live here, when that touches no totals.
     */
    void rebuild(T data, IncomingEvent event, RebuildFacts facts);
}
