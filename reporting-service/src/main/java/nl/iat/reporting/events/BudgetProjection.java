package nl.iat.reporting.events;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.iat.platform.events.IncomingEvent;
import nl.iat.reporting.aggregates.Amounts;
import nl.iat.reporting.aggregates.Dimension;
import nl.iat.reporting.aggregates.MoneyByGroup;
import nl.iat.reporting.budget.BudgetEvents;
import nl.iat.reporting.budget.BudgetVersions;
import nl.iat.reporting.budget.MoneyFacts;
import nl.iat.reporting.measures.MeasureState;
import nl.iat.reporting.measures.MeasureVersions;

/**
 * Applies the budget events: envelope and budget line versions, and every allocation change,
 * commitment and expenditure to the money facts and to the precomputed money per group. Money of a
 * measure whose first event has not arrived yet (the two topics are not ordered with each other)
 * counts as UNKNOWN until that event moves it.
 */
@ApplicationScoped
public class BudgetProjection {

    @Inject
    BudgetVersions budgetVersions;

    @Inject
    MoneyFacts facts;

    @Inject
    MoneyByGroup money;

    @Inject
    MeasureVersions measures;

    public void envelopeSet(BudgetEvents.EnvelopeSet envelope, IncomingEvent event) {
        budgetVersions.appendEnvelope(envelope, event);
    }

    public void budgetLineSet(BudgetEvents.BudgetLineSet line, IncomingEvent event) {
        if (!budgetVersions.isStaleBudgetLine(line, event)) {
            budgetVersions.appendBudgetLine(line, event);
        }
    }

    public void ledgerEntryRecorded(BudgetEvents.LedgerEntryRecorded entry, IncomingEvent event) {
        for (BudgetEvents.AllocationChange change : entry.changes()) {
            facts.recordAllocationChange(entry, change, event);
            facts.addAllocationChange(entry, change, event);
            addMoney(change.measureId(), entry.fiscalYear(), entry.priorityLineCode(),
                    new Amounts(change.deltaCents(), 0, 0));
        }
    }

    public void spendingRecorded(BudgetEvents.SpendingRecorded spending, IncomingEvent event) {
        facts.recordSpending(spending, event);
        facts.addSpending(spending);
        long amount = spending.amountCents();
        addMoney(spending.measureId(), spending.fiscalYear(), spending.priorityLineCode(), spending.isCommitment()
                ? new Amounts(0, amount, 0)
                : new Amounts(0, 0, amount));
    }

    private void addMoney(UUID measureId, int fiscalYear, String priorityLineCode, Amounts amounts) {
        MeasureState measure = measures.current(measureId).map(MeasureVersions.Current::state).orElse(null);
        Map<Dimension, String> groupKeys = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            if (dimension.carriesMoney()) {
                groupKeys.put(dimension, dimension == Dimension.PRIORITY_LINE ? priorityLineCode : dimension.moneyKey(measure));
            }
        }
        money.add(fiscalYear, groupKeys, amounts);
    }
}
