package nl.iat.budget.allocation;

/**
 * The two kinds of spending against an allocation. Dutch cash-and-commitment accounting
 * (verplichtingen-kasstelsel) keeps the two figures apart, never added together. In this service
 * "commitment" is always the financial one; a commitment to parliament (toezegging) is the
 * measures-service's {@code parliament.Commitment}. The constants are API and event values.
 */
public enum SpendingKind {
    /** A financial commitment (verplichting): money bound by a contract or a grant decision, counted in {@code committedCents}. */
    COMMITMENT,
    /** An expenditure (uitgave): money paid out, counted in {@code spentCents}. */
    EXPENDITURE
}
