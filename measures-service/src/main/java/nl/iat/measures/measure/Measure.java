package nl.iat.measures.measure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import nl.iat.measures.organisation.Organisation;
import nl.iat.platform.security.Classification;

/**
 * A policy measure of the Integrale aanpak terrorisme: the aggregate root of its milestones and
 * proportionality assessments. Its version is raised by hand under a row lock on every change,
 * because the version is also the ETag and the event sequence number (see ADR 0101).
 */
@Entity
@Table(name = "measure")
public class Measure extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;

    public String title;

    public String description;

    @Column(name = "framework_code")
    public String frameworkCode;

    @Column(name = "intervention_area_code")
    public String interventionAreaCode;

    @Column(name = "priority_line_code")
    public String priorityLineCode;

    @Enumerated(EnumType.STRING)
    public Approach approach;

    @Enumerated(EnumType.STRING)
    public Nature nature;

    @ManyToOne(optional = false)
    @JoinColumn(name = "lead_organisation_id")
    public Organisation leadOrganisation;

    @ManyToMany
    @JoinTable(name = "measure_partner", joinColumns = @JoinColumn(name = "measure_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderBy("name")
    public Set<Organisation> partners = new LinkedHashSet<>();

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    public MeasureStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status")
    public MeasureStatus previousStatus;

    @Column(name = "status_reason")
    public String statusReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_assessment_id")
    public AssessmentRevision assessment;

    /** Copied from the current assessment so lists can filter on it without a join. */
    @Enumerated(EnumType.STRING)
    @Column(name = "impact_level")
    public ImpactLevel impactLevel;

    /** Copied from the current assessment so overdue reviews are one indexed query. */
    @Column(name = "review_date")
    public LocalDate reviewDate;

    @ElementCollection
    @CollectionTable(name = "measure_parliamentary_paper", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    @Column(name = "reference")
    public List<String> parliamentaryPapers = new ArrayList<>();

    @OneToMany(mappedBy = "measure", cascade = CascadeType.ALL)
    @OrderBy("dueDate, createdAt")
    public List<Milestone> milestones = new ArrayList<>();

    /** How secret the measure is (ADR 0016): callers without the clearance do not see it at all. */
    @Enumerated(EnumType.STRING)
    public Classification classification = Classification.PUBLIC;

    /** Business time (ADR 0010): the date the current state took effect, in Europe/Amsterdam. */
    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    @Column(name = "changed_by")
    public String changedBy;

    /** Reads the measure and locks its row until the transaction ends, so writers take turns. */
    public static Optional<Measure> findForUpdate(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The measures an organisation leads that have not ended, locked for a change of all of them. */
    public static List<Measure> findOpenLedByForUpdate(UUID organisationId) {
        return Measure.<Measure>find("leadOrganisation.id = ?1 and status not in ?2 order by id", organisationId,
                List.of(MeasureStatus.COMPLETED, MeasureStatus.CANCELLED)).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public static boolean codeTaken(String code) {
        return count("lower(code) = lower(?1)", code) > 0;
    }

    /** Marks one more change by the actor: the next version, which is also the next event sequence. */
    public void touch(String actor, OffsetDateTime at) {
        version++;
        changedBy = actor;
        changedAt = at;
    }

    public void useAssessment(AssessmentRevision revision) {
        assessment = revision;
        impactLevel = revision.impactLevel;
        reviewDate = revision.reviewDate;
    }

    public Optional<Milestone> milestone(UUID milestoneId) {
        return milestones.stream().filter(m -> m.id.equals(milestoneId)).findFirst();
    }
}
