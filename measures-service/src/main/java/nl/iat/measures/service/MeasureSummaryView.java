package nl.iat.measures.service;

import java.time.LocalDate;
import java.util.UUID;

import nl.iat.measures.measure.Approach;
import nl.iat.measures.measure.ImpactLevel;
import nl.iat.measures.measure.MeasureListRow;
import nl.iat.measures.measure.MeasureStatus;
import nl.iat.measures.measure.Nature;
import nl.iat.platform.security.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measure as a list shows it; the full measure is one GET away. */
@Schema(name = "MeasureSummary", description = "A measure in a list")
public record MeasureSummaryView(
        @Schema(description = "Id of the measure", example = "3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a11") UUID id,
        @Schema(description = "Unique code", example = "IAT-2018-001") String code,
        @Schema(description = "Short title", example = "Uitbreiding capaciteit AIVD") String title,
        @Schema(description = "Framework", example = "NCTS-2016-2020") String frameworkCode,
        @Schema(description = "Intervention area", example = "VERWERVEN") String interventionAreaCode,
        @Schema(description = "Priority line; null for a continuation", example = "EARLY_DETECTION", nullable = true) String priorityLineCode,
        @Schema(description = "Approach", example = "PREVENTIVE") Approach approach,
        @Schema(description = "Nature", example = "INTENSIFICATION") Nature nature,
        @Schema(description = "Lead organisation") OrganisationRef leadOrganisation,
        @Schema(description = "First day", example = "2018-01-01", format = "date") LocalDate startDate,
        @Schema(description = "Last day", example = "2021-12-31", format = "date", nullable = true) LocalDate endDate,
        @Schema(description = "Lifecycle status", example = "APPROVED") MeasureStatus status,
        @Schema(description = "Impact level of the current assessment", example = "HIGH", nullable = true) ImpactLevel impactLevel,
        @Schema(description = "Review date of the current assessment", example = "2020-01-01", format = "date", nullable = true) LocalDate reviewDate,
        @Schema(description = "How secret the measure is; only callers cleared for it see it", example = "PUBLIC")
        Classification classification,
        @Schema(description = "Version (ETag)", example = "3") long version) {

    static MeasureSummaryView of(MeasureListRow m) {
        return new MeasureSummaryView(m.id(), m.code(), m.title(), m.frameworkCode(), m.interventionAreaCode(),
                m.priorityLineCode(), m.approach(), m.nature(),
                new OrganisationRef(m.leadOrganisationId(), m.leadOrganisationName(), m.leadOrganisationKind()),
                m.startDate(), m.endDate(), m.status(), m.impactLevel(), m.reviewDate(), m.classification(), m.version());
    }
}
