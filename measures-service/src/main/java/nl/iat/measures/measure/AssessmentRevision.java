package nl.iat.measures.measure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One revision of a measure's proportionality assessment. Revisions are appended and never
 * changed, so the history of the balancing stays visible.
 */
@Entity
@Table(name = "assessment_revision")
public class AssessmentRevision extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id")
    public Measure measure;

    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "impact_level")
    public ImpactLevel impactLevel;

    @Convert(converter = FundamentalRightsConverter.class)
    @Column(name = "fundamental_rights")
    public List<FundamentalRight> fundamentalRights = new ArrayList<>();

    @Column(name = "legal_basis")
    public String legalBasis;

    public String justification;

    @Column(name = "dpia_reference")
    public String dpiaReference;

    @Column(name = "review_date")
    public LocalDate reviewDate;

    @Column(name = "assessed_at")
    public OffsetDateTime assessedAt;

    @Column(name = "assessed_by")
    public String assessedBy;

    /**
     * The fields a HIGH impact assessment lacks before its measure may be approved: a high
     * infringement needs a legal basis, a justification and a date to look at it again.
     */
    public List<String> missingForApproval() {
        List<String> missing = new ArrayList<>();
        if (impactLevel != ImpactLevel.HIGH) {
            return missing;
        }
        if (isBlank(justification)) {
            missing.add("justification");
        }
        if (isBlank(legalBasis)) {
            missing.add("legalBasis");
        }
        if (reviewDate == null) {
            missing.add("reviewDate");
        }
        return missing;
    }

    public boolean complete() {
        return missingForApproval().isEmpty();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
