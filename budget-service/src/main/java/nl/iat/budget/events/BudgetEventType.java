package nl.iat.budget.events;

/** The four budget events, each with its CloudEvents type; their contracts are in event-contracts. */
public enum BudgetEventType {
    ENVELOPE_SET("nl.iat.budget.envelopes.set.v1"),
    BUDGET_LINE_SET("nl.iat.budget.budget-lines.set.v1"),
    LEDGER_ENTRY_RECORDED("nl.iat.budget.ledger-entries.recorded.v1"),
    SPENDING_RECORDED("nl.iat.budget.spending.recorded.v1");

    private final String cloudEventType;

    BudgetEventType(String cloudEventType) {
        this.cloudEventType = cloudEventType;
    }

    public String cloudEventType() {
        return cloudEventType;
    }
}
