package nl.iat.budget.service;

import static nl.iat.budget.allocation.LedgerEntryKind.ALLOCATE;
import static nl.iat.budget.allocation.LedgerEntryKind.INCREASE;
import static nl.iat.budget.allocation.LedgerEntryKind.REALLOCATE;
import static nl.iat.budget.allocation.LedgerEntryKind.WITHDRAW;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.iat.budget.allocation.Allocation;
import nl.iat.budget.allocation.AllocationRules;
import nl.iat.budget.allocation.LedgerEntry;
import nl.iat.budget.allocation.LedgerEntryKind;
import nl.iat.budget.allocation.Refusal;
import nl.iat.budget.envelope.Envelope;
import nl.iat.budget.events.BudgetEvents;
import nl.iat.budget.line.BudgetLine;
import nl.iat.budget.line.BusinessDates;
import nl.iat.budget.measure.MeasureCopy;
import nl.iat.budget.measure.MeasureEligibility;
import nl.iat.platform.http.QueryParams;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.paging.PanachePaging;
import nl.iat.platform.paging.QueryFilter;
import nl.iat.platform.paging.SortOrder;
import nl.iat.platform.persistence.ReadOnlyTransaction;
import nl.iat.platform.problem.ProblemException;
import nl.iat.platform.security.OrganisationScope;

/**
 * The allocation ledger of a line. Every entry is written while holding the line's row lock, so
 * the checks ({@link AllocationRules}: allocations within the line, none below zero or below what
 * is committed or spent) and the write see the same state, whatever the concurrency. The entry, the
 * new allocation amounts, the line's total and its event commit together or not at all.
 */
@ApplicationScoped
public class LedgerService {

    private static final Map<String, String> SORTABLE = Map.of("sequence", "sequence", "recordedAt", "recordedAt",
            "amountCents", "amountCents", "kind", "kind");

    @Inject
    BudgetEvents events;

    @Inject
    OrganisationScope scope;

    @Inject
    Visibility visibility;

    @Transactional
    public LedgerEntryView record(UUID budgetLineId, LedgerEntryRequest request, String actor) {
        requireShape(request);
        // a line the caller may not see is unknown to it: no measure, owner or amount check may tell otherwise
        BudgetLine line = visibility.lockedLine(budgetLineId);
        // a measure the caller may not see is as unknown as one the copy lacks
        if (request.kind() == ALLOCATE || request.kind() == INCREASE) {
            requireOpen(request.measureId(), "measureId", line);
        } else if (request.kind() == REALLOCATE) {
            requireOpen(request.toMeasureId(), "toMeasureId", line);
        }
        scope.requireOwnerOf("Budget line " + budgetLineId, line.ownerOrganisationId);
        LocalDate today = Timestamps.today();
        LocalDate effectiveOn = BusinessDates.orToday(request.effectiveOn(), today);
        // the envelope is read without its lock: its first date never changes
        BusinessDates.requireOnLine("effectiveOn", effectiveOn, Envelope.findById(line.fiscalYear), line, today);
        LedgerEntry entry = newEntry(line, request, effectiveOn, actor);
        switch (request.kind()) {
            case ALLOCATE -> AllocationRules.raise(line, entry, newAllocation(line, request.measureId(), actor),
                    request.amountCents());
            case INCREASE -> AllocationRules.raise(line, entry, existingAllocation(line, request.measureId()),
                    request.amountCents());
            case DECREASE -> AllocationRules.lower(line, entry, existingAllocation(line, request.measureId()),
                    request.amountCents());
            case WITHDRAW -> AllocationRules.withdraw(line, entry, existingAllocation(line, request.measureId()));
            case REALLOCATE -> reallocate(line, entry, request, actor);
        }
        entry.lineAllocatedAfterCents = line.allocatedCents;
        entry.sequence = line.nextVersion();
        entry.persist();
        events.ledgerEntryRecorded(line, entry);
        return LedgerEntryView.of(entry);
    }

    @ReadOnlyTransaction
    public LedgerEntryView get(UUID budgetLineId, UUID entryId) {
        BudgetLine line = visibility.line(budgetLineId);
        LedgerEntry entry = LedgerEntry.findById(entryId);
        if (entry == null || !entry.budgetLineId.equals(budgetLineId) || !visibility.covers(entry, line)) {
            throw ProblemException.notFound("Ledger entry", entryId);
        }
        return read(entry, line);
    }

    /** Only the entries the caller may see; the classified ones on the page are recorded as read. */
    @ReadOnlyTransaction
    public Page<LedgerEntryView> list(UUID budgetLineId, LedgerEntryFilter filter, PageRequest page, String sort) {
        BudgetLine line = visibility.line(budgetLineId);
        QueryFilter where = new QueryFilter()
                .equal("budgetLineId", "line", budgetLineId)
                .equal("kind", "kind", QueryParams.enumValue("kind", filter.kind, LedgerEntryKind.class))
                .matching("entryId in (select e.entryId from LedgerEntry e join e.changes c"
                        + " where e.budgetLineId = :line and c.measureId = :measure)", "measure",
                        QueryParams.uuid("measureId", filter.measureId));
        visibility.visibleOnly(where, Visibility.LEDGER_ENTRY);
        return PanachePaging.page(LedgerEntry.<LedgerEntry>find(where.query(),
                SortOrder.parse(sort, SORTABLE, "sequence", "entryId"), where.parameters()), page,
                entry -> read(entry, line));
    }

    private LedgerEntryView read(LedgerEntry entry, BudgetLine line) {
        visibility.recordRead(Visibility.LEDGER_ENTRY_ITEM, entry.entryId, visibility.of(entry, line));
        return LedgerEntryView.of(entry);
    }

    private void requireOpen(UUID measureId, String field, BudgetLine line) {
        MeasureCopy measure = MeasureEligibility.requireOpen(visibility.measure(measureId), measureId, field);
        MeasureEligibility.requireFundableFrom(measure, line.classification, field);
    }

    private static void requireShape(LedgerEntryRequest request) {
        boolean withdraw = request.kind() == WITHDRAW;
        if (withdraw && request.amountCents() != null) {
            throw ProblemException.invalid("amountCents", "must be absent for WITHDRAW: the whole allocation is withdrawn");
        }
        if (!withdraw && request.amountCents() == null) {
            throw ProblemException.invalid("amountCents", "is required for " + request.kind());
        }
        boolean reallocate = request.kind() == REALLOCATE;
        if (reallocate && request.toMeasureId() == null) {
            throw ProblemException.invalid("toMeasureId", "is required for REALLOCATE");
        }
        if (!reallocate && request.toMeasureId() != null) {
            throw ProblemException.invalid("toMeasureId", "is only allowed for REALLOCATE");
        }
        if (reallocate && request.toMeasureId().equals(request.measureId())) {
            throw ProblemException.invalid("toMeasureId", "must differ from measureId");
        }
    }

    private static LedgerEntry newEntry(BudgetLine line, LedgerEntryRequest request, LocalDate effectiveOn,
            String actor) {
        LedgerEntry entry = new LedgerEntry();
        entry.entryId = UUID.randomUUID();
        entry.budgetLineId = line.budgetLineId;
        entry.kind = request.kind();
        entry.reason = request.reason();
        entry.parliamentaryPaper = request.parliamentaryPaper();
        entry.effectiveOn = effectiveOn;
        entry.actor = actor;
        entry.recordedAt = Timestamps.now();
        entry.lineAllocatedBeforeCents = line.allocatedCents;
        return entry;
    }

    private void reallocate(BudgetLine line, LedgerEntry entry, LedgerEntryRequest request, String actor) {
        Allocation from = existingAllocation(line, request.measureId());
        // a new allocation of the receiving measure is rolled back with the entry if the rules refuse it
        Allocation to = Allocation.of(line.budgetLineId, request.toMeasureId())
                .orElseGet(() -> newAllocation(line, request.toMeasureId(), actor));
        AllocationRules.reallocate(entry, from, to, request.amountCents());
    }

    private static Allocation newAllocation(BudgetLine line, UUID measureId, String actor) {
        Allocation.of(line.budgetLineId, measureId).ifPresent(existing -> {
            throw Refusal.of(Refusal.ALLOCATION_EXISTS, "Measure " + measureId + " already has an allocation on this line;"
                    + " use INCREASE to add to it");
        });
        Allocation allocation = new Allocation();
        allocation.allocationId = UUID.randomUUID();
        allocation.budgetLineId = line.budgetLineId;
        allocation.fiscalYear = line.fiscalYear;
        allocation.priorityLineCode = line.priorityLineCode;
        allocation.measureId = measureId;
        allocation.createdAt = Timestamps.now();
        allocation.createdBy = actor;
        allocation.persist();
        return allocation;
    }

    /** An allocation the caller may not see (its measure is hidden) is refused as one that does not exist. */
    private Allocation existingAllocation(BudgetLine line, UUID measureId) {
        return Allocation.of(line.budgetLineId, measureId).filter(visibility::covers)
                .orElseThrow(() -> Refusal.of(Refusal.NO_ALLOCATION,
                        "Measure " + measureId + " has no allocation on this line; use ALLOCATE to give it one"));
    }
}
