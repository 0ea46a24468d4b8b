package nl.iat.measures.parliament;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/**
 * A commitment to parliament (toezegging): made by a minister in a debate, due by a date, fulfilled by a
 * letter, answered by measures. Versioned under a row lock like a measure (ADR 0101, 0103). Not a
 * financial commitment (verplichting), which the budget-service records as a {@code SpendingKind}.
 */
@Entity
@Table(name = "commitment")
public class Commitment extends ParliamentRecord {

    public String text;

    @Enumerated(EnumType.STRING)
    public FulfilmentStatus status;

    /** The status exactly as the portal gave it; null for one entered by hand. */
    @Column(name = "portal_status")
    public String portalStatus;

    @Column(name = "made_on")
    public LocalDate madeOn;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "fulfilled_by")
    public String fulfilledBy;

    public String ministry;

    public String minister;

    @Column(name = "activity_number")
    public String activityNumber;

    @ElementCollection
    @CollectionTable(name = "commitment_measure", joinColumns = @JoinColumn(name = "commitment_id"))
    @Column(name = "measure_id")
    public Set<UUID> measureIds = new LinkedHashSet<>();

    /** Reads the commitment and locks its row until the transaction ends, so writers take turns. */
    public static Optional<Commitment> findForUpdate(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The imported commitment with this portal Id, locked for the import's change. */
    public static Optional<Commitment> findByPortalIdForUpdate(String portalId) {
        return find("portalId", portalId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Whether another commitment has this number (case-insensitive). */
    public static boolean numberTaken(String number, UUID except) {
        return count("lower(number) = lower(?1) and id <> ?2", number, except) > 0;
    }

    /** Whether the due date has passed while the commitment is still open. */
    public boolean overdue(LocalDate today) {
        return status == FulfilmentStatus.OPEN && dueDate != null && dueDate.isBefore(today);
    }
}
