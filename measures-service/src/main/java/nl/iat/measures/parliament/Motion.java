package nl.iat.measures.parliament;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A motion (motie) of the Tweede Kamer and the cabinet's follow-up of it: the motion as the portal gives it
 * (number, dossier, title, submitters, appreciation, decision) and what the ministry keeps (follow-up status,
 * the letter that reports on it, the measures that answer it). Versioned like a measure (ADR 0101, 0103).
 */
@Entity
@Table(name = "motion")
public class Motion extends ParliamentRecord {

    @Column(name = "dossier_number")
    public String dossierNumber;

    public Integer volgnummer;

    public String title;

    public String subject;

    /** The date the motion was submitted (the portal's GestartOp). */
    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    @ElementCollection
    @CollectionTable(name = "motion_submitter", joinColumns = @JoinColumn(name = "motion_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    public List<String> submitters = new ArrayList<>();

    @Column(name = "cabinet_appreciation")
    public String cabinetAppreciation;

    @Enumerated(EnumType.STRING)
    public MotionDecision decision;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_status")
    public FulfilmentStatus followUpStatus;

    @Column(name = "reported_in")
    public String reportedIn;

    @ElementCollection
    @CollectionTable(name = "motion_measure", joinColumns = @JoinColumn(name = "motion_id"))
    @Column(name = "measure_id")
    public Set<UUID> measureIds = new LinkedHashSet<>();

    public static Optional<Motion> findForUpdate(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static Optional<Motion> findByPortalIdForUpdate(String portalId) {
        return find("portalId", portalId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static boolean numberTaken(String number, UUID except) {
        return count("lower(number) = lower(?1) and id <> ?2", number, except) > 0;
    }
}
