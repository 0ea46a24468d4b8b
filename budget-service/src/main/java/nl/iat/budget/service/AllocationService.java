package nl.iat.budget.service;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.iat.budget.allocation.Allocation;
import nl.iat.platform.http.QueryParams;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.paging.PanachePaging;
import nl.iat.platform.paging.QueryFilter;
import nl.iat.platform.paging.SortOrder;
import nl.iat.platform.persistence.ReadOnlyTransaction;

/** Reads allocations; they change only through the ledger ({@link LedgerService}). */
@ApplicationScoped
public class AllocationService {

    private static final Map<String, String> SORTABLE = Map.of("fiscalYear", "fiscalYear",
            "priorityLineCode", "priorityLineCode", "amountCents", "amountCents", "committedCents", "committedCents",
            "spentCents", "spentCents", "createdAt", "createdAt");

    @Inject
    Visibility visibility;

    @ReadOnlyTransaction
    public AllocationView get(UUID allocationId) {
        return read(visibility.allocation(allocationId));
    }

    /** Only the allocations the caller may see; the classified ones on the page are recorded as read. */
    @ReadOnlyTransaction
    public Page<AllocationView> list(AllocationFilter filter, PageRequest page, String sort) {
        QueryFilter where = new QueryFilter()
                .equal("measureId", "measureId", QueryParams.uuid("measureId", filter.measureId))
                .equal("budgetLineId", "budgetLineId", QueryParams.uuid("budgetLineId", filter.budgetLineId))
                .equal("fiscalYear", "fiscalYear", QueryParams.integer("fiscalYear", filter.fiscalYear))
                .equal("priorityLineCode", "priorityLineCode", filter.priorityLineCode);
        visibility.visibleOnly(where, Visibility.ALLOCATION);
        return PanachePaging.page(Allocation.<Allocation>find(where.query(),
                SortOrder.parse(sort, SORTABLE, "fiscalYear,priorityLineCode,createdAt", "allocationId"),
                where.parameters()), page, allocation -> read(allocation));
    }

    private AllocationView read(Allocation allocation) {
        visibility.recordRead(Visibility.ALLOCATION_ITEM, allocation.allocationId, visibility.of(allocation));
        return AllocationView.of(allocation);
    }
}
