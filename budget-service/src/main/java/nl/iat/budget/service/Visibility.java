package nl.iat.budget.service;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.iat.budget.allocation.Allocation;
import nl.iat.budget.allocation.LedgerChange;
import nl.iat.budget.allocation.LedgerEntry;
import nl.iat.budget.line.BudgetLine;
import nl.iat.budget.measure.MeasureCopy;
import nl.iat.platform.access.AccessLog;
import nl.iat.platform.paging.QueryFilter;
import nl.iat.platform.problem.ProblemException;
import nl.iat.platform.security.Classification;
import nl.iat.platform.security.Clearance;

/**
 * The one place that decides what the caller may see (ADR 0016). A line is as secret as its
 * classification; an allocation, ledger entry, commitment or expenditure as the most secret of its line
 * and its measure(s). Lists filter in their query with the conditions here, so {@code totalItems} counts
 * without hidden items; every lookup of one item goes through here and answers a hidden item with the
 * same 404 as an unknown id, before any other check of a write. A measure this service does not know
 * counts as PUBLIC, as do events from before classification. Reads of classified items are recorded in
 * the access log, with the operation (its operationId) they went through.
 */
@ApplicationScoped
public class Visibility {

    /** The item types of the access log. */
    static final String BUDGET_LINE = ChangeLog.BUDGET_LINE;
    static final String ALLOCATION_ITEM = "allocation";
    static final String LEDGER_ENTRY_ITEM = "ledger-entry";

    /** The parameter of every condition below: the classifications the caller is cleared for. */
    static final String VISIBLE = "visible";

    /** The lines the caller may see (a Panache condition on {@code BudgetLine}). */
    static final String LINE = "classification in (:visible)";

    /** The allocations the caller may see: of a visible line, to a visible measure (on {@code Allocation}). */
    static final String ALLOCATION = "budgetLineId in (select l.budgetLineId from BudgetLine l"
            + " where l.classification in (:visible))"
            + " and measureId not in (select m.measureId from MeasureCopy m where m.classification not in (:visible))";

    /** The allocations that are classified at all, through their line or their measure (binds {@value #PUBLIC}). */
    static final String CLASSIFIED_ALLOCATION = "(budgetLineId in (select l.budgetLineId from BudgetLine l"
            + " where l.classification <> :public)"
            + " or measureId in (select m.measureId from MeasureCopy m where m.classification <> :public))";
    static final String PUBLIC = "public";

    /** The ledger entries the caller may see, on a line already found visible: none touching a hidden measure. */
    static final String LEDGER_ENTRY = "entryId not in (select e.entryId from LedgerEntry e join e.changes c"
            + " where c.measureId in (select m.measureId from MeasureCopy m where m.classification not in (:visible)))";

    /** The same rule in SQL, for the native statements: lines aliased {@code l}, measure copies {@code m} (outer-joined). */
    static final String LINE_ROW = "l.classification in (:visible)";
    static final String MEASURE_ROW = "coalesce(m.classification, 'PUBLIC') in (:visible)";

    @Inject
    Clearance clearance;

    @Inject
    AccessLog accessLog;

    /** The classifications the caller is cleared for, bound as {@value #VISIBLE}. */
    public List<Classification> levels() {
        return Arrays.stream(Classification.values()).filter(clearance::covers).toList();
    }

    /** The same, as stored: the parameter of the native statements. */
    List<String> levelNames() {
        return levels().stream().map(Classification::name).toList();
    }

    /** Adds a visibility condition to a list's filter. */
    QueryFilter visibleOnly(QueryFilter where, String condition) {
        return where.matching(condition, VISIBLE, levels());
    }

    /** The line, or the 404 of an unknown one when the caller may not see it. */
    BudgetLine line(UUID budgetLineId) {
        return visibleLine(BudgetLine.findById(budgetLineId), budgetLineId);
    }

    /** The line locked for a write; hidden: the 404 of an unknown line, before any other check. */
    BudgetLine lockedLine(UUID budgetLineId) {
        return visibleLine(BudgetLine.lock(budgetLineId), budgetLineId);
    }

    /** The allocation, or the 404 of an unknown one when its line or its measure is hidden from the caller. */
    Allocation allocation(UUID allocationId) {
        return visibleAllocation(Allocation.findById(allocationId), allocationId);
    }

    /**
     * The allocation, its line locked for a write (read with {@code BudgetLine.findById} after this); hidden:
     * the 404 of an unknown allocation, before any other check. The line is locked before anything reads it,
     * so the locked line is read fresh.
     */
    Allocation allocationWithLockedLine(UUID allocationId) {
        Allocation allocation = Allocation.findById(allocationId);
        if (allocation != null) {
            BudgetLine.lock(allocation.budgetLineId);
        }
        return visibleAllocation(allocation, allocationId);
    }

    /** Whether the caller may see the allocation: its line and its measure. */
    boolean covers(Allocation allocation) {
        return clearance.covers(of(allocation));
    }

    /** Whether the caller may see the ledger entry on the (visible) line: every measure it touched. */
    boolean covers(LedgerEntry entry, BudgetLine line) {
        return clearance.covers(of(entry, line));
    }

    /** The measure's copy, or none when the caller may not see it: money goes only to measures the caller sees. */
    MeasureCopy measure(UUID measureId) {
        MeasureCopy measure = MeasureCopy.findById(measureId);
        return measure == null || !clearance.covers(measure.classification) ? null : measure;
    }

    Classification of(Allocation allocation) {
        return mostSecret(BudgetLine.<BudgetLine>findById(allocation.budgetLineId).classification,
                measureClassification(allocation.measureId));
    }

    Classification of(LedgerEntry entry, BudgetLine line) {
        Classification classification = line.classification;
        for (LedgerChange change : entry.changes) {
            classification = mostSecret(classification, measureClassification(change.measureId));
        }
        return classification;
    }

    /** Records a read of a classified item (PUBLIC ones are not recorded), in the reading transaction. */
    void recordRead(String itemType, UUID itemId, Classification classification) {
        accessLog.recordRead(itemType, itemId, classification);
    }

    private Allocation visibleAllocation(Allocation allocation, UUID allocationId) {
        if (allocation == null || !covers(allocation)) {
            throw ProblemException.notFound("Allocation", allocationId);
        }
        return allocation;
    }

    private BudgetLine visibleLine(BudgetLine line, UUID budgetLineId) {
        if (line == null || !clearance.covers(line.classification)) {
            throw ProblemException.notFound("Budget line", budgetLineId);
        }
        return line;
    }

    private static Classification measureClassification(UUID measureId) {
        MeasureCopy measure = MeasureCopy.findById(measureId);
        return measure == null ? Classification.PUBLIC : measure.classification;
    }

    private static Classification mostSecret(Classification a, Classification b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
