package nl.iat.reporting.readmodel;

import nl.iat.platform.events.IncomingEvent;
import nl.iat.reporting.budget.BudgetEventData.AllocationChange;
import nl.iat.reporting.budget.BudgetEventData.LedgerEntryRecorded;
import nl.iat.reporting.budget.BudgetEventData.SpendingRecorded;
import nl.iat.reporting.measures.MeasureState;

/** The facts a rebuild writes a poll at a time, with a few set-based statements (ADR 0302): see {@link RebuildWriter}. */
public interface RebuildFacts {

    /** A new version of the measure, by the live projection's rules: a stale sequence does not overwrite. */
    void measureVersion(MeasureState state, IncomingEvent event);

    void allocationChange(LedgerEntryRecorded entry, AllocationChange change, IncomingEvent event);

    void spending(SpendingRecorded spending, IncomingEvent event);
}
