package nl.iat.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.iat.platform.events.IncomingEvent;
import nl.iat.reporting.budget.BudgetEventData.BudgetLineSet;
import nl.iat.reporting.budget.BudgetVersions;

/** Applies a budget line's new data: a new line version, unless the line has this version or a newer one. */
@ApplicationScoped
public class BudgetLineProjection implements ReadModelHandler<BudgetLineSet> {

    @Inject
    BudgetVersions budgetVersions;

    @Override
    public void apply(BudgetLineSet line, IncomingEvent event) {
        if (!budgetVersions.isStaleBudgetLine(line, event)) {
            budgetVersions.appendBudgetLine(line, event);
        }
    }

    /** Budget lines are rare and feed no totals: a rebuild applies them as the live consumer does. */
    @Override
    public void rebuild(BudgetLineSet line, IncomingEvent event, RebuildFacts facts) {
        apply(line, event);
    }
}
