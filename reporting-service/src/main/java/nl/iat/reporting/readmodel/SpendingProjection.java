package nl.iat.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.iat.platform.events.IncomingEvent;
import nl.iat.reporting.totals.MoneyByGroup;
import nl.iat.reporting.budget.BudgetEventData.SpendingRecorded;
import nl.iat.reporting.budget.MoneyFacts;

/** Applies a commitment or an expenditure to the money facts and to the precomputed money per group. */
@ApplicationScoped
public class SpendingProjection implements ReadModelHandler<SpendingRecorded> {

    @Inject
    MoneyFacts facts;

    @Inject
    MoneyByGroup money;

    @Override
    public void apply(SpendingRecorded spending, IncomingEvent event) {
        facts.recordSpending(spending, event);
        facts.addSpending(spending, event);
        money.addToGroupsOfMeasure(spending.measureId(), spending.fiscalYear(), spending.priorityLineCode(),
                spending.amounts());
    }

    @Override
    public void rebuild(SpendingRecorded spending, IncomingEvent event, RebuildFacts rebuild) {
        rebuild.spending(spending, event);
    }
}
