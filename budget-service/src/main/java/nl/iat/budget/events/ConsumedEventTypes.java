package nl.iat.budget.events;

import nl.iat.platform.events.EventHandler;
import nl.iat.platform.events.EventTypeRegistry;

/**
 * The event types the budget-service applies: every measure event carries the measure's full state, so
 * all four update the local copy of the measures (ADR 0202). Adding a type is one line here; a type not
 * listed is dead-lettered on {@code iat.budget.dead-letter}. Every type must be declared in
 * event-contracts (EventTypesTest), and the copy reads nothing its schema does not require
 * (ConsumedEventsContractTest).
 */
public final class ConsumedEventTypes {

    public static final EventTypeRegistry REGISTRY = EventTypeRegistry.of("the budget-service", EventHandler.class)
            .type("nl.iat.measures.registered.v1", MeasureCopyData.class, MeasureCopyUpdater.class)
            .type("nl.iat.measures.changed.v1", MeasureCopyData.class, MeasureCopyUpdater.class)
            .type("nl.iat.measures.status-changed.v1", MeasureCopyData.class, MeasureCopyUpdater.class)
            .type("nl.iat.measures.assessment-revised.v1", MeasureCopyData.class, MeasureCopyUpdater.class)
            .build();

    private ConsumedEventTypes() {
    }
}
