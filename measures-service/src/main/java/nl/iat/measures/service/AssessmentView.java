package nl.iat.measures.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import nl.iat.measures.measure.AssessmentRevision;
import nl.iat.measures.measure.FundamentalRight;
import nl.iat.measures.measure.ImpactLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision of a proportionality assessment. */
@Schema(name = "Assessment", description = "A revision of the proportionality assessment of a measure")
public record AssessmentView(
        @Schema(description = "Revision number, 1 for the first assessment", example = "2") int revision,
        @Schema(description = "How strongly fundamental rights are infringed", example = "HIGH") ImpactLevel impactLevel,
        @Schema(description = "The rights touched", example = "[\"PRIVACY\"]") List<FundamentalRight> fundamentalRights,
        @Schema(description = "Legal basis", example = "Wiv 2017", nullable = true) String legalBasis,
        @Schema(description = "Why the infringement is justified", example = "Noodzakelijk en proportioneel gezien DTN 46", nullable = true) String justification,
        @Schema(description = "Reference of the data protection impact assessment", example = "DPIA-2018-04", nullable = true) String dpiaReference,
        @Schema(description = "When the measure must be reviewed (sunset / evaluation)", example = "2020-01-01", format = "date", nullable = true) LocalDate reviewDate,
        @Schema(description = "Whether everything required for approval is present (for HIGH: justification, legal basis, review date)", example = "true") boolean complete,
        @Schema(description = "When this revision was set", example = "2018-02-01T10:00:00Z") OffsetDateTime assessedAt,
        @Schema(description = "Who set it", example = "editor-client") String assessedBy) {

    static AssessmentView of(AssessmentRevision a) {
        return new AssessmentView(a.revision, a.impactLevel, List.copyOf(a.fundamentalRights), a.legalBasis,
                a.justification, a.dpiaReference, a.reviewDate, a.complete(), a.assessedAt, a.assessedBy);
    }
}
