package nl.iat.budget.allocation;

import nl.iat.budget.line.BudgetLine;

/**
 * The rules of a line's allocations (README "Rules it keeps", ADR 0200), decided and applied in
 * memory: the allocations on a line never exceed it; no allocation goes below zero, nor below what
 * is committed or spent against it; commitments and expenditures each stay within their allocation
 * and are never added together. Each method applies its change to the line, the allocations and the
 * ledger entry, or throws a 409 {@link Refusal} and changes nothing. The caller holds the line's row lock,
 * finds or creates the allocations and persists the result ({@code LedgerService},
 * {@code SpendingService}).
 */
public final class AllocationRules {

    private AllocationRules() {
    }

    /** ALLOCATE and INCREASE: money from the line's free part to the allocation. */
    public static void raise(BudgetLine line, LedgerEntry entry, Allocation allocation, long amountCents) {
        if (amountCents > line.freeCents()) {
            throw Refusal.of(Refusal.OVERSPEND, "The line has " + line.freeCents() + " cents free; "
                    + amountCents + " cents cannot be allocated");
        }
        line.allocatedCents += amountCents;
        change(entry, allocation, amountCents);
    }

    /** DECREASE: money from the allocation back to the line, never what is committed or spent. */
    public static void lower(BudgetLine line, LedgerEntry entry, Allocation allocation, long amountCents) {
        requireReleasable(allocation, amountCents);
        line.allocatedCents -= amountCents;
        change(entry, allocation, -amountCents);
    }

    /** WITHDRAW: the allocation's whole amount back to the line. */
    public static void withdraw(BudgetLine line, LedgerEntry entry, Allocation allocation) {
        if (allocation.amountCents == 0) {
            throw Refusal.of(Refusal.NOTHING_TO_WITHDRAW, "The allocation of measure " + allocation.measureId
                    + " is already zero; there is nothing to withdraw");
        }
        lower(line, entry, allocation, allocation.amountCents);
    }

    /** REALLOCATE: money from one allocation to another on the same line; the line's total stays. */
    public static void reallocate(LedgerEntry entry, Allocation from, Allocation to, long amountCents) {
        requireReleasable(from, amountCents);
        change(entry, from, -amountCents);
        change(entry, to, amountCents);
    }

    /** A commitment or an expenditure: each figure stays within the allocation on its own. */
    public static void spend(Allocation allocation, SpendingKind kind, long amountCents) {
        boolean commitment = kind == SpendingKind.COMMITMENT;
        long already = commitment ? allocation.committedCents : allocation.spentCents;
        if (already + amountCents > allocation.amountCents) {
            throw Refusal.of(Refusal.OVERSPEND, "The allocation is " + allocation.amountCents + " cents and " + already
                    + " cents are already " + (commitment ? "committed" : "spent") + "; " + amountCents
                    + " cents more would exceed it");
        }
        if (commitment) {
            allocation.committedCents += amountCents;
        } else {
            allocation.spentCents += amountCents;
        }
    }

    private static void requireReleasable(Allocation allocation, long amountCents) {
        if (amountCents > allocation.releasableCents()) {
            throw Refusal.of(Refusal.EXCEEDS_RELEASABLE, "The allocation of measure " + allocation.measureId
                    + " can release at most "
                    + allocation.releasableCents() + " cents (amount " + allocation.amountCents + ", committed "
                    + allocation.committedCents + ", spent " + allocation.spentCents + "); "
                    + amountCents + " cents were asked");
        }
    }

    /** Applies a signed change to an allocation and records it on the entry. */
    private static void change(LedgerEntry entry, Allocation allocation, long deltaCents) {
        long before = allocation.amountCents;
        allocation.amountCents += deltaCents;
        entry.amountCents = Math.abs(deltaCents);
        entry.changes.add(LedgerChange.of(allocation, before));
    }
}
