package nl.iat.budget.line;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import nl.iat.platform.security.Classification;

/** An amount for one fiscal year and one priority line, within that year's envelope. */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends PanacheEntityBase {

    @Id
    @Column(name = "budget_line_id")
    public UUID budgetLineId;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "priority_line_code", nullable = false)
    public String priorityLineCode;

    @Column(nullable = false)
    public String title;

    @Column(name = "owner_organisation_id", nullable = false)
    public UUID ownerOrganisationId;

    @Column(name = "amount_cents", nullable = false)
    public long amountCents;

    /** How secret the line is (ADR 0016); also everything on it: its ledger, allocations and spending. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Classification classification = Classification.PUBLIC;

    /** Running sum of the line's allocations, only changed under the line's row lock. */
    @Column(name = "allocated_cents", nullable = false)
    public long allocatedCents;

    /**
     * The business date of the line's first version (ADR 0010): no ledger entry, commitment or
     * expenditure on the line takes effect before it. Never changes.
     */
    @Column(name = "established_on", nullable = false)
    public LocalDate establishedOn;

    /** The business date of the decision that set the line's current title, owner and amount. */
    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    /**
     * Advances with every change on the line (its data, a ledger entry, a commitment or an
     * expenditure): the ETag of the line and the sequence number of its events.
     */
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** When and by whom the line's own data (title, owner, amount) last changed. */
    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    /** Locks the line row until the transaction ends: every write to its allocations holds it. */
    public static BudgetLine lock(UUID budgetLineId) {
        return findById(budgetLineId, LockModeType.PESSIMISTIC_WRITE);
    }

    public static Optional<Integer> fiscalYearOf(UUID budgetLineId) {
        return getEntityManager()
                .createQuery("select l.fiscalYear from BudgetLine l where l.budgetLineId = ?1", Integer.class)
                .setParameter(1, budgetLineId)
                .getResultStream().findFirst();
    }

    /** The sum of a year's lines. Only meaningful under the envelope's lock when used to decide. */
    public static long linedCents(int fiscalYear) {
        return getEntityManager()
                .createQuery("select coalesce(sum(l.amountCents), 0) from BudgetLine l where l.fiscalYear = ?1",
                        Long.class)
                .setParameter(1, fiscalYear)
                .getSingleResult();
    }

    public long freeCents() {
        return amountCents - allocatedCents;
    }

    /** Returns the version of the change being made, which is also its event sequence number. */
    public long nextVersion() {
        return ++version;
    }
}
