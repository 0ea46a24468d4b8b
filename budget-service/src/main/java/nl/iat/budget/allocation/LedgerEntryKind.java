package nl.iat.budget.allocation;

/** What a ledger entry does to the allocations of a line. */
public enum LedgerEntryKind {
    /** First money for a measure on the line. */
    ALLOCATE,
    /** More money for an existing allocation. */
    INCREASE,
    /** Less money for an existing allocation. */
    DECREASE,
    /** An allocation's whole remaining amount back to the line. */
    WITHDRAW,
    /** Money moved from one measure's allocation to another's on the same line, in one step. */
    REALLOCATE
}
