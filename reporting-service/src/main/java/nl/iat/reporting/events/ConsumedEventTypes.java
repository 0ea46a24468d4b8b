package nl.iat.reporting.events;

import nl.iat.platform.events.EventTypeRegistry;
import nl.iat.reporting.budget.BudgetEventData.BudgetLineSet;
import nl.iat.reporting.budget.BudgetEventData.EnvelopeSet;
import nl.iat.reporting.budget.BudgetEventData.LedgerEntryRecorded;
import nl.iat.reporting.budget.BudgetEventData.SpendingRecorded;
import nl.iat.reporting.measures.MeasureState;
import nl.iat.reporting.parliament.ParliamentEventData;
import nl.iat.reporting.parliament.ParliamentProjection;
import nl.iat.reporting.readmodel.SpendingProjection;
import nl.iat.reporting.readmodel.MeasureProjection;
import nl.iat.reporting.readmodel.LedgerEntryProjection;
import nl.iat.reporting.readmodel.EnvelopeProjection;
import nl.iat.reporting.readmodel.BudgetLineProjection;
import nl.iat.reporting.readmodel.ReadModelHandler;

/**
 * The event types the reports apply: each with the record its data is read into and the handler that
 * applies it to the read models, live and in a rebuild. Adding a type is one line here (and a handler);
 * a type not listed is dead-lettered (ADR 0301). Every type must be declared in event-contracts
 * (EventTypesTest), and the reports read nothing its schema does not require (ConsumedEventsContractTest).
 */
public final class ConsumedEventTypes {

    public static final EventTypeRegistry REGISTRY = EventTypeRegistry.of("the reports", ReadModelHandler.class)
            .type("nl.iat.measures.registered.v1", MeasureState.class, MeasureProjection.class)
            .type("nl.iat.measures.changed.v1", MeasureState.class, MeasureProjection.class)
            .type("nl.iat.measures.status-changed.v1", MeasureState.class, MeasureProjection.class)
            .type("nl.iat.measures.assessment-revised.v1", MeasureState.class, MeasureProjection.class)
            .type("nl.iat.budget.envelopes.set.v1", EnvelopeSet.class, EnvelopeProjection.class)
            .type("nl.iat.budget.budget-lines.set.v1", BudgetLineSet.class, BudgetLineProjection.class)
            .type("nl.iat.budget.ledger-entries.recorded.v1", LedgerEntryRecorded.class, LedgerEntryProjection.class)
            .type("nl.iat.budget.spending.recorded.v1", SpendingRecorded.class, SpendingProjection.class)
            .type("nl.iat.parliament.commitments.set.v1", ParliamentEventData.CommitmentSet.class,
                    ParliamentProjection.Commitments.class)
            .type("nl.iat.parliament.motions.set.v1", ParliamentEventData.MotionSet.class, ParliamentProjection.Motions.class)
            .build();

    private ConsumedEventTypes() {
    }
}
