package nl.iat.budget.envelope;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The money available for counter-terrorism in one fiscal year, under one budget article. */
@Entity
@Table(name = "envelope")
public class Envelope extends PanacheEntityBase {

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "amount_cents", nullable = false)
    public long amountCents;

    @Column(name = "budget_article", nullable = false)
    public String budgetArticle;

    /**
     * The business date of the envelope's first version (ADR 0010): no line, ledger entry, commitment
     * or expenditure of the year takes effect before it. Never changes.
     */
    @Column(name = "established_on", nullable = false)
    public LocalDate establishedOn;

    /** The business date of the current version: the budget law or the latest amendment. */
    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    /** ETag and per-envelope event sequence number: 1 at creation, +1 per change. */
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    /**
     * Locks the envelope row until the transaction ends. Every write that could change the sum of a
     * year's lines takes this lock first, so that sum can be checked against the envelope safely.
     */
    public static Envelope lock(int fiscalYear) {
        return findById(fiscalYear, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Event key: envelopes have no id of their own beyond the year. */
    public String eventKey() {
        return "envelope-" + fiscalYear;
    }
}
