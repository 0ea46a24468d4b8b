package nl.iat.budget.allocation;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The part of a budget line assigned to one measure. Its amount is the sum of its ledger changes;
 * it is only written while its line is locked, so it needs no lock of its own.
 */
@Entity
@Table(name = "allocation")
public class Allocation extends PanacheEntityBase {

    @Id
    @Column(name = "allocation_id")
    public UUID allocationId;

    @Column(name = "budget_line_id", nullable = false)
    public UUID budgetLineId;

    /** Copied from the line, where it never changes, so allocations filter without a join. */
    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "priority_line_code", nullable = false)
    public String priorityLineCode;

    @Column(name = "measure_id", nullable = false)
    public UUID measureId;

    @Column(name = "amount_cents", nullable = false)
    public long amountCents;

    @Column(name = "committed_cents", nullable = false)
    public long committedCents;

    @Column(name = "spent_cents", nullable = false)
    public long spentCents;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static Optional<Allocation> of(UUID budgetLineId, UUID measureId) {
        return find("budgetLineId = ?1 and measureId = ?2", budgetLineId, measureId).firstResultOptional();
    }

    /**
     * What can still be taken away: money already committed or spent stays. Commitments and
     * expenditures are separate figures, each bounded by the allocation, never added together.
     */
    public long releasableCents() {
        return amountCents - Math.max(committedCents, spentCents);
    }
}
