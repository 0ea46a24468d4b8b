package nl.iat.budget.allocation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.BatchSize;

/** One append-only entry of a line's allocation ledger. Never updated, never deleted. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {

    @Id
    @Column(name = "entry_id")
    public UUID entryId;

    @Column(name = "budget_line_id", nullable = false)
    public UUID budgetLineId;

    /** The line's version after this entry: the event's sequence number and the ledger's order. */
    @Column(nullable = false)
    public long sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LedgerEntryKind kind;

    /** The absolute size of the change; for a reallocation the amount moved. */
    @Column(name = "amount_cents", nullable = false)
    public long amountCents;

    /** For a reallocation: first the allocation the money leaves, then the one it goes to. */
    // a page of entries loads its changes in one query, not one per entry
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ledger_change", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    public List<LedgerChange> changes = new ArrayList<>();

    @Column(name = "line_allocated_before_cents", nullable = false)
    public long lineAllocatedBeforeCents;

    @Column(name = "line_allocated_after_cents", nullable = false)
    public long lineAllocatedAfterCents;

    @Column(nullable = false)
    public String reason;

    @Column(name = "parliamentary_paper")
    public String parliamentaryPaper;

    /** The decision date (ADR 0010); may be earlier than entries recorded before it. */
    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Column(nullable = false)
    public String actor;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
