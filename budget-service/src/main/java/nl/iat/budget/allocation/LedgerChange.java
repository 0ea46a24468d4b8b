package nl.iat.budget.allocation;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What one ledger entry did to one allocation. */
@Embeddable
public class LedgerChange {

    @Column(name = "allocation_id", nullable = false)
    public UUID allocationId;

    @Column(name = "measure_id", nullable = false)
    public UUID measureId;

    @Column(name = "before_cents", nullable = false)
    public long beforeCents;

    @Column(name = "after_cents", nullable = false)
    public long afterCents;

    public static LedgerChange of(Allocation allocation, long beforeCents) {
        LedgerChange change = new LedgerChange();
        change.allocationId = allocation.allocationId;
        change.measureId = allocation.measureId;
        change.beforeCents = beforeCents;
        change.afterCents = allocation.amountCents;
        return change;
    }
}
