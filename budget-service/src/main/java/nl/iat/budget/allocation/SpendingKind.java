package nl.iat.budget.allocation;

/** Dutch cash-and-commitment accounting: the two figures are kept apart, never added together. */
public enum SpendingKind {
    COMMITMENT,
    EXPENDITURE
}
