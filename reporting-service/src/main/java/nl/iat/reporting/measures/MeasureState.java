package nl.iat.reporting.measures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import nl.iat.platform.events.EventData;
import nl.iat.reporting.readmodel.SnapshotFact;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The full state of a measure as every measure event carries it, as the reports read it (contract:
 * event-contracts {@code measure-state.v1.schema.json}). Unknown fields are ignored: producers may add
 * fields to a contract without breaking this consumer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(description = "The state of a measure as the measures-service published it")
public record MeasureState(
        @Schema(example = "3f0c8a52-5a1e-4c36-9f43-7f3c2a9b1d10") UUID measureId,
        @Schema(example = "IAT-2018-001") String code,
        @Schema(example = "Uitbreiding capaciteit AIVD") String title,
        @Schema(example = "NCTS-2016-2020") String frameworkCode,
        @Schema(example = "VERWERVEN") String interventionAreaCode,
        @Schema(description = "Null for continuations of existing measures", example = "EARLY_DETECTION", nullable = true) String priorityLineCode,
        @Schema(example = "PREVENTIVE") String approach,
        @Schema(example = "INTENSIFICATION") String nature,
        @Schema(example = "7d7f1f0e-2b55-4f0c-8d1e-2a1f4b3c5d6e") String leadOrganisationId,
        @Schema(example = "AIVD") String leadOrganisationName,
        List<String> partnerOrganisationIds,
        @Schema(example = "2018-01-01") LocalDate startDate,
        @Schema(description = "Null when open-ended", example = "2021-12-31", nullable = true) LocalDate endDate,
        @Schema(example = "APPROVED") String status,
        @Schema(description = "Null until the first status transition", example = "PROPOSED", nullable = true) String previousStatus,
        @Schema(description = "Null until the first status transition", example = "Approved by the steering group", nullable = true) String statusReason,
        @Schema(description = "Null until the measure has been assessed", nullable = true) Assessment assessment,
        List<Milestone> milestones,
        List<String> parliamentaryPapers,
        @Schema(example = "3") Long version,
        @Schema(example = "2018-02-01T10:00:00Z") OffsetDateTime changedAt,
        @Schema(example = "editor-client") String changedBy,
        @Schema(description = "The business date this state took effect (ADR 0010); null in events written before it was carried",
                example = "2018-02-01", nullable = true) LocalDate effectiveOn,
        @Schema(description = "How secret the measure is (ADR 0016); null in events written before it was carried, which"
                + " count as PUBLIC", example = "PUBLIC", nullable = true) String classification)
        implements EventData, SnapshotFact {

    @Override
    public LocalDate businessDate() {
        return effectiveOn;
    }


    /** The proportionality assessment: which fundamental rights the measure touches and how much. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Assessment(
            @Schema(example = "HIGH", nullable = true) String impactLevel,
            List<String> fundamentalRights,
            @Schema(example = "Wiv 2017", nullable = true) String legalBasis,
            @Schema(example = "Necessary to detect travel to conflict areas", nullable = true) String justification,
            @Schema(example = "DPIA-2018-04", nullable = true) String dpiaReference,
            @Schema(example = "2020-01-01", nullable = true) LocalDate reviewDate,
            @Schema(example = "true") Boolean complete) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Milestone(
            @Schema(example = "0b8f6a0e-6d1c-4b5e-9f2a-1c3d5e7f9a0b") UUID milestoneId,
            @Schema(example = "Recruitment completed") String title,
            @Schema(example = "2018-06-30") LocalDate dueDate,
            @Schema(example = "false") boolean done,
            @Schema(description = "Null until it is done", example = "2018-06-15", nullable = true) LocalDate doneOn) {
    }

    /** Throws when the event lacks what every report groups by. */
    @Override
    public void requireComplete() {
        require(measureId, "measureId");
        require(code, "code");
        require(title, "title");
        require(interventionAreaCode, "interventionAreaCode");
        require(approach, "approach");
        require(nature, "nature");
        require(leadOrganisationId, "leadOrganisationId");
        require(status, "status");
    }

    public String impactLevel() {
        return assessment == null || assessment.impactLevel() == null ? null : assessment.impactLevel();
    }

    public boolean assessmentComplete() {
        return assessment != null && Boolean.TRUE.equals(assessment.complete());
    }

    public LocalDate reviewDate() {
        return assessment == null ? null : assessment.reviewDate();
    }

    public List<Milestone> milestonesOrEmpty() {
        return milestones == null ? List.of() : milestones;
    }

    private static void require(Object value, String field) {
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("The measure event lacks " + field);
        }
    }
}
