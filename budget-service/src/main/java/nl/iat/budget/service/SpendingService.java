package nl.iat.budget.service;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.iat.budget.allocation.Allocation;
import nl.iat.budget.allocation.AllocationRules;
import nl.iat.budget.allocation.Spending;
import nl.iat.budget.allocation.SpendingKind;
import nl.iat.budget.envelope.Envelope;
import nl.iat.budget.events.BudgetEvents;
import nl.iat.budget.line.BudgetLine;
import nl.iat.budget.line.BusinessDates;
import nl.iat.platform.http.QueryParams;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.paging.PanachePaging;
import nl.iat.platform.paging.QueryFilter;
import nl.iat.platform.paging.SortOrder;
import nl.iat.platform.persistence.ReadOnlyTransaction;
import nl.iat.platform.problem.ProblemException;
import nl.iat.platform.security.Classification;
import nl.iat.platform.security.OrganisationScope;

/**
 * Commitments and expenditures. Each figure stays within its allocation on its own (they are never
 * added together). Recorded under the line's lock, like ledger entries, because a decrease of the
 * allocation may not overtake money committed or spent at the same moment.
 */
@ApplicationScoped
public class SpendingService {

    private static final Map<String, String> SORTABLE = Map.of("date", "date", "recordedAt", "recordedAt",
            "amountCents", "amountCents");

    @Inject
    BudgetEvents events;

    @Inject
    OrganisationScope scope;

    @Inject
    Visibility visibility;

    @Transactional
    public SpendingView record(UUID allocationId, SpendingKind kind, SpendingRequest request, String actor) {
        // an allocation the caller may not see is unknown to it: no owner or amount check may tell otherwise
        Allocation allocation = visibility.allocationWithLockedLine(allocationId);
        BudgetLine line = BudgetLine.findById(allocation.budgetLineId);
        scope.requireOwnerOf("Budget line " + line.budgetLineId + " of allocation " + allocationId,
                line.ownerOrganisationId);
        // read again now the line is locked: it was loaded before and may have changed since
        Allocation.getEntityManager().refresh(allocation);
        // the date is the spending's business date (ADR 0010); the envelope is read without its lock,
        // as its first date never changes
        BusinessDates.requireOnLine("date", request.date(), Envelope.findById(line.fiscalYear), line,
                Timestamps.today());
        AllocationRules.spend(allocation, kind, request.amountCents());
        Spending spending = newSpending(allocationId, kind, request, actor);
        line.nextVersion();
        events.spendingRecorded(line, allocation, spending);
        return SpendingView.of(spending, allocation);
    }

    private static Spending newSpending(UUID allocationId, SpendingKind kind, SpendingRequest request, String actor) {
        Spending spending = new Spending();
        spending.spendingId = UUID.randomUUID();
        spending.allocationId = allocationId;
        spending.kind = kind;
        spending.amountCents = request.amountCents();
        spending.date = request.date();
        spending.description = request.description();
        spending.actor = actor;
        spending.recordedAt = Timestamps.now();
        spending.persist();
        return spending;
    }

    @ReadOnlyTransaction
    public SpendingView get(UUID allocationId, SpendingKind kind, UUID spendingId) {
        Allocation allocation = visibility.allocation(allocationId);
        Spending spending = Spending.findById(spendingId);
        if (spending == null || !spending.allocationId.equals(allocationId) || spending.kind != kind) {
            throw ProblemException.notFound(kind == SpendingKind.COMMITMENT ? "Commitment" : "Expenditure", spendingId);
        }
        return read(spending, allocation, visibility.of(allocation));
    }

    /** A hidden allocation's records are a 404 like the allocation; the classified ones read are recorded. */
    @ReadOnlyTransaction
    public Page<SpendingView> list(UUID allocationId, SpendingKind kind, SpendingFilter filter, PageRequest page,
            String sort) {
        Allocation allocation = visibility.allocation(allocationId);
        Classification classification = visibility.of(allocation);
        QueryFilter where = new QueryFilter()
                .equal("allocationId", "allocation", allocationId)
                .equal("kind", "kind", kind)
                .atLeast("date", "from", QueryParams.date("dateFrom", filter.dateFrom))
                .atMost("date", "to", QueryParams.date("dateTo", filter.dateTo));
        return PanachePaging.page(Spending.<Spending>find(where.query(),
                SortOrder.parse(sort, SORTABLE, "date", "spendingId"), where.parameters()), page,
                spending -> read(spending, allocation, classification));
    }

    /** A commitment or expenditure is as secret as its allocation (ADR 0016). */
    private SpendingView read(Spending spending, Allocation allocation, Classification classification) {
        visibility.recordRead(spending.kind.name().toLowerCase(Locale.ROOT), spending.spendingId, classification);
        return SpendingView.of(spending, allocation);
    }
}
