package nl.iat.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.iat.platform.events.IncomingEvent;
import nl.iat.reporting.totals.Amounts;
import nl.iat.reporting.totals.MoneyByGroup;
import nl.iat.reporting.budget.BudgetEventData.AllocationChange;
import nl.iat.reporting.budget.BudgetEventData.LedgerEntryRecorded;
import nl.iat.reporting.budget.MoneyFacts;

/**
 * Applies a ledger entry: every allocation change to the money facts and to the precomputed money per
 * group. Money of a measure whose first event has not arrived yet (the two topics are not ordered with
 * each other) counts as UNKNOWN until that event moves it.
 */
@ApplicationScoped
public class LedgerEntryProjection implements ReadModelHandler<LedgerEntryRecorded> {

    @Inject
    MoneyFacts facts;

    @Inject
    MoneyByGroup money;

    @Override
    public void apply(LedgerEntryRecorded entry, IncomingEvent event) {
        for (AllocationChange change : entry.changes()) {
            facts.recordAllocationChange(entry, change, event);
            facts.addAllocationChange(entry, change, event);
            money.addToGroupsOfMeasure(change.measureId(), entry.fiscalYear(), entry.priorityLineCode(),
                    new Amounts(change.deltaCents(), 0, 0));
        }
    }

    @Override
    public void rebuild(LedgerEntryRecorded entry, IncomingEvent event, RebuildFacts rebuild) {
        for (AllocationChange change : entry.changes()) {
            rebuild.allocationChange(entry, change, event);
        }
    }
}
