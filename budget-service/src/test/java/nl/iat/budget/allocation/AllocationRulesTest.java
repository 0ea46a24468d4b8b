package nl.iat.budget.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import nl.iat.budget.line.BudgetLine;
import nl.iat.platform.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ledger's rules on a line's allocations, in memory: what each entry does to the line, the
 * allocations and the entry, and what it refuses (a 409 that changes nothing).
 */
@Tag("unit")
class AllocationRulesTest {

    private final BudgetLine line = line(1_000);
    private final LedgerEntry entry = new LedgerEntry();

    @Test
    void anAllocationTakesMoneyFromTheLinesFreePart() {
        Allocation allocation = allocation(0);

        AllocationRules.raise(line, entry, allocation, 600);

        assertEquals(600, line.allocatedCents);
        assertEquals(400, line.freeCents());
        assertEquals(600, allocation.amountCents);
        assertEquals(600, entry.amountCents);
        assertChange(entry.changes.get(0), allocation, 0, 600);
    }

    @Test
    void theAllocationsOnALineNeverExceedIt() {
        Allocation first = allocation(0);
        Allocation second = allocation(0);
        AllocationRules.raise(line, new LedgerEntry(), first, 600);

        AllocationRules.raise(line, new LedgerEntry(), second, 400);
        assertEquals(1_000, line.allocatedCents, "up to the last cent");

        assertRefused("The line has 0 cents free; 1 cents cannot be allocated",
                () -> AllocationRules.raise(line, entry, first, 1));
        assertEquals(1_000, line.allocatedCents);
        assertEquals(600, first.amountCents);
        assertTrue(entry.changes.isEmpty());
    }

    @Test
    void aDecreaseReturnsMoneyToTheLine() {
        Allocation allocation = allocated(600);

        AllocationRules.lower(line, entry, allocation, 250);

        assertEquals(350, allocation.amountCents);
        assertEquals(350, line.allocatedCents);
        assertEquals(250, entry.amountCents);
        assertChange(entry.changes.get(0), allocation, 600, 350);
    }

    @Test
    void noAllocationGoesBelowZero() {
        Allocation allocation = allocated(600);

        AllocationRules.lower(line, new LedgerEntry(), allocation, 600);
        assertEquals(0, allocation.amountCents);

        assertReleaseRefused(allocation, 0, 1, () -> AllocationRules.lower(line, entry, allocation, 1));
        assertEquals(0, allocation.amountCents);
        assertEquals(0, line.allocatedCents);
    }

    @ParameterizedTest
    @CsvSource({ "450, 0, 150", "0, 500, 100", "300, 450, 150" })
    void noAllocationGoesBelowWhatIsCommittedOrSpent(long committed, long spent, long releasable) {
        Allocation allocation = allocated(600);
        allocation.committedCents = committed;
        allocation.spentCents = spent;

        assertReleaseRefused(allocation, releasable, releasable + 1,
                () -> AllocationRules.lower(line, entry, allocation, releasable + 1));
        assertEquals(600, allocation.amountCents);

        AllocationRules.lower(line, entry, allocation, releasable);
        assertEquals(600 - releasable, allocation.amountCents);
    }

    @Test
    void committedAndSpentBoundTheAllocationEachOnItsOwnNeverAddedTogether() {
        Allocation allocation = allocated(1_000);
        allocation.committedCents = 600;
        allocation.spentCents = 500;

        AllocationRules.lower(line, entry, allocation, 400); // 1000 - max(600, 500), not 1000 - 1100

        assertEquals(600, allocation.amountCents);
    }

    @Test
    void aWithdrawalReturnsTheWholeAllocation() {
        Allocation allocation = allocated(600);

        AllocationRules.withdraw(line, entry, allocation);

        assertEquals(0, allocation.amountCents);
        assertEquals(0, line.allocatedCents);
        assertEquals(600, entry.amountCents);
        assertChange(entry.changes.get(0), allocation, 600, 0);
    }

    @Test
    void nothingIsWithdrawnFromAnEmptyAllocationNorWhatIsCommitted() {
        Allocation empty = allocation(0);
        assertRefused("The allocation of measure " + empty.measureId + " is already zero; there is nothing to withdraw",
                () -> AllocationRules.withdraw(line, entry, empty));

        Allocation committed = allocated(600);
        committed.committedCents = 1;
        assertReleaseRefused(committed, 599, 600,
                () -> AllocationRules.withdraw(line, entry, committed));
        assertEquals(600, committed.amountCents);
        assertTrue(entry.changes.isEmpty());
    }

    @Test
    void aReallocationMovesMoneyBetweenMeasuresAndLeavesTheLinesTotal() {
        Allocation from = allocated(600);
        Allocation to = allocated(100);

        AllocationRules.reallocate(entry, from, to, 250);

        assertEquals(350, from.amountCents);
        assertEquals(350, to.amountCents);
        assertEquals(700, line.allocatedCents);
        assertEquals(250, entry.amountCents);
        assertEquals(2, entry.changes.size(), "first the allocation the money leaves, then the one it goes to");
        assertChange(entry.changes.get(0), from, 600, 350);
        assertChange(entry.changes.get(1), to, 100, 350);
    }

    @Test
    void aReallocationCannotTakeWhatIsCommittedOrSpent() {
        Allocation from = allocated(600);
        from.spentCents = 400;
        Allocation to = allocation(0);

        assertReleaseRefused(from, 200, 201,
                () -> AllocationRules.reallocate(entry, from, to, 201));
        assertEquals(600, from.amountCents);
        assertEquals(0, to.amountCents);
        assertTrue(entry.changes.isEmpty());
    }

    @Test
    void commitmentsStayWithinTheAllocation() {
        Allocation allocation = allocated(600);

        AllocationRules.spend(allocation, SpendingKind.COMMITMENT, 400);
        AllocationRules.spend(allocation, SpendingKind.COMMITMENT, 200);
        assertEquals(600, allocation.committedCents);

        assertRefused("The allocation is 600 cents and 600 cents are already committed; 1 cents more would exceed it",
                () -> AllocationRules.spend(allocation, SpendingKind.COMMITMENT, 1));
        assertEquals(600, allocation.committedCents);
        assertEquals(0, allocation.spentCents);
    }

    @Test
    void expendituresStayWithinTheAllocationWhateverIsCommitted() {
        Allocation allocation = allocated(600);
        AllocationRules.spend(allocation, SpendingKind.COMMITMENT, 600);

        AllocationRules.spend(allocation, SpendingKind.EXPENDITURE, 600);
        assertEquals(600, allocation.spentCents, "not added to the commitments");
        assertEquals(600, allocation.committedCents);

        assertRefused("The allocation is 600 cents and 600 cents are already spent; 1 cents more would exceed it",
                () -> AllocationRules.spend(allocation, SpendingKind.EXPENDITURE, 1));
        assertEquals(600, allocation.spentCents);
    }

    /**
     * Any sequence of entries, commitments and expenditures keeps the rules: the line's total is the
     * sum of its allocations and within the line, every allocation holds what is committed and what
     * is spent; and a refused step changes nothing. (Many short sequences: commitments and
     * expenditures only grow, so a long one ends with everything refused.)
     */
    @Test
    void anySequenceKeepsTheRules() {
        Random random = new Random(29_754_436);
        int applied = 0;
        int refused = 0;
        for (int sequence = 0; sequence < 400; sequence++) {
            BudgetLine line = line(10_000);
            List<Allocation> allocations = List.of(allocation(line), allocation(line), allocation(line));
            for (int step = 0; step < 50; step++) {
                Allocation one = allocations.get(random.nextInt(allocations.size()));
                Allocation other = allocations.get(random.nextInt(allocations.size()));
                long amount = 1 + random.nextInt(4_000);
                List<Long> before = state(line, allocations);
                LedgerEntry entry = new LedgerEntry();
                try {
                    switch (random.nextInt(8)) {
                        case 0, 1 -> AllocationRules.raise(line, entry, one, amount);
                        case 2 -> AllocationRules.lower(line, entry, one, amount);
                        case 3 -> AllocationRules.withdraw(line, entry, one);
                        case 4, 5 -> {
                            if (one != other) {
                                AllocationRules.reallocate(entry, one, other, amount);
                            }
                        }
                        case 6 -> AllocationRules.spend(one, SpendingKind.COMMITMENT, amount / 2);
                        default -> AllocationRules.spend(one, SpendingKind.EXPENDITURE, amount / 2);
                    }
                    applied++;
                } catch (ProblemException e) {
                    refused++;
                    assertEquals(409, e.status());
                    assertEquals(before, state(line, allocations), "a refused step changes nothing");
                    assertTrue(entry.changes.isEmpty());
                }
                assertKept(line, allocations);
            }
        }
        assertTrue(applied > 5_000 && refused > 5_000, "applied " + applied + ", refused " + refused);
    }

    private static void assertKept(BudgetLine line, List<Allocation> allocations) {
        assertEquals(allocations.stream().mapToLong(a -> a.amountCents).sum(), line.allocatedCents,
                "the line's total is the sum of its allocations");
        assertTrue(line.allocatedCents <= line.amountCents, "the allocations never exceed the line");
        for (Allocation a : allocations) {
            assertTrue(a.committedCents >= 0 && a.spentCents >= 0);
            assertTrue(a.amountCents >= a.committedCents, "never below what is committed");
            assertTrue(a.amountCents >= a.spentCents, "never below what is spent");
        }
    }

    private static List<Long> state(BudgetLine line, List<Allocation> allocations) {
        List<Long> state = new ArrayList<>(List.of(line.allocatedCents));
        allocations.forEach(a -> state.addAll(List.of(a.amountCents, a.committedCents, a.spentCents)));
        return state;
    }

    private static void assertRefused(String detail, Executable step) {
        ProblemException problem = assertThrows(ProblemException.class, step);
        assertEquals(409, problem.status());
        assertEquals(detail, problem.getMessage());
    }

    /** The refusal names what the allocation holds; {@code releasable} is what the rules let go. */
    private static void assertReleaseRefused(Allocation allocation, long releasable, long asked, Executable step) {
        assertRefused("The allocation of measure " + allocation.measureId + " can release at most " + releasable
                + " cents (amount " + allocation.amountCents + ", committed " + allocation.committedCents + ", spent "
                + allocation.spentCents + "); " + asked + " cents were asked", step);
    }

    private static void assertChange(LedgerChange change, Allocation allocation, long before, long after) {
        assertEquals(allocation.allocationId, change.allocationId);
        assertEquals(allocation.measureId, change.measureId);
        assertEquals(before, change.beforeCents);
        assertEquals(after, change.afterCents);
    }

    private static BudgetLine line(long amountCents) {
        BudgetLine line = new BudgetLine();
        line.budgetLineId = UUID.randomUUID();
        line.amountCents = amountCents;
        return line;
    }

    private Allocation allocated(long amountCents) {
        Allocation allocation = allocation(0);
        AllocationRules.raise(line, new LedgerEntry(), allocation, amountCents);
        return allocation;
    }

    private Allocation allocation(long amountCents) {
        Allocation allocation = allocation(line);
        allocation.amountCents = amountCents;
        return allocation;
    }

    private static Allocation allocation(BudgetLine line) {
        Allocation allocation = new Allocation();
        allocation.allocationId = UUID.randomUUID();
        allocation.budgetLineId = line.budgetLineId;
        allocation.measureId = UUID.randomUUID();
        return allocation;
    }
}
