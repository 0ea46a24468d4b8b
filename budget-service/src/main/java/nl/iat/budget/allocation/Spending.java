package nl.iat.budget.allocation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A financial commitment (verplichting) or an expenditure (uitgave) recorded against an allocation,
 * told apart by {@link SpendingKind}. Append-only.
 */
@Entity
@Table(name = "spending")
public class Spending extends PanacheEntityBase {

    @Id
    @Column(name = "spending_id")
    public UUID spendingId;

    @Column(name = "allocation_id", nullable = false)
    public UUID allocationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SpendingKind kind;

    @Column(name = "amount_cents", nullable = false)
    public long amountCents;

    @Column(name = "spending_date", nullable = false)
    public LocalDate date;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String actor;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
