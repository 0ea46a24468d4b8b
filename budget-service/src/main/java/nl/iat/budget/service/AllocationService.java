package nl.iat.budget.service;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.iat.budget.allocation.Allocation;
import nl.iat.platform.http.QueryParams;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.paging.PanachePaging;
import nl.iat.platform.paging.QueryFilter;
import nl.iat.platform.paging.SortOrder;
import nl.iat.platform.problem.ProblemException;

/** Reads allocations; they change only through the ledger ({@link LedgerService}). */
@ApplicationScoped
public class AllocationService {

    private static final Map<String, String> SORTABLE = Map.of("fiscalYear", "fiscalYear",
            "priorityLineCode", "priorityLineCode", "amountCents", "amountCents", "committedCents", "committedCents",
            "spentCents", "spentCents", "createdAt", "createdAt");

    public AllocationView get(UUID allocationId) {
        return AllocationView.of(existing(allocationId));
    }

    public Page<AllocationView> list(AllocationFilter filter, PageRequest page, String sort) {
        QueryFilter where = new QueryFilter()
                .equal("measureId", "measureId", QueryParams.uuid("measureId", filter.measureId))
                .equal("budgetLineId", "budgetLineId", QueryParams.uuid("budgetLineId", filter.budgetLineId))
                .equal("fiscalYear", "fiscalYear", QueryParams.integer("fiscalYear", filter.fiscalYear))
                .equal("priorityLineCode", "priorityLineCode", filter.priorityLineCode);
        return PanachePaging.page(Allocation.find(where.query(),
                SortOrder.parse(sort, SORTABLE, "fiscalYear,priorityLineCode,createdAt", "allocationId"),
                where.parameters()), page, AllocationView::of);
    }

    static Allocation existing(UUID allocationId) {
        Allocation allocation = Allocation.findById(allocationId);
        if (allocation == null) {
            throw ProblemException.notFound("Allocation", allocationId);
        }
        return allocation;
    }
}
