package nl.iat.measures.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import nl.iat.measures.measure.Approach;
import nl.iat.measures.measure.Measure;
import nl.iat.measures.measure.MeasureStatus;
import nl.iat.measures.measure.Milestone;
import nl.iat.measures.measure.Nature;
import nl.iat.measures.organisation.Organisation;
import nl.iat.platform.security.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measure with everything it has. */
@Schema(name = "Measure", description = "A policy measure of the Integrale aanpak terrorisme")
public record MeasureView(
        @Schema(description = "Id of the measure", example = "3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a11") UUID id,
        @Schema(description = "Unique code", example = "IAT-2018-001") String code,
        @Schema(description = "Short title", example = "Uitbreiding capaciteit AIVD") String title,
        @Schema(description = "What the measure does and why", example = "Intensivering van inlichtingenonderzoek naar radicalisering en salafisme.") String description,
        @Schema(description = "Framework (strategy) of the intervention area", example = "NCTS-2016-2020") String frameworkCode,
        @Schema(description = "Intervention area", example = "VERWERVEN") String interventionAreaCode,
        @Schema(description = "Priority line; null for a continuation", example = "EARLY_DETECTION", nullable = true) String priorityLineCode,
        @Schema(description = "Preventive, repressive or curative", example = "PREVENTIVE") Approach approach,
        @Schema(description = "Continuation or intensification", example = "INTENSIFICATION") Nature nature,
        @Schema(description = "The organisation that leads the measure") OrganisationRef leadOrganisation,
        @Schema(description = "The partner organisations, by name") List<OrganisationRef> partnerOrganisations,
        @Schema(description = "First day", example = "2018-01-01", format = "date") LocalDate startDate,
        @Schema(description = "Last day; null when open-ended", example = "2021-12-31", format = "date", nullable = true) LocalDate endDate,
        @Schema(description = "Lifecycle status", example = "APPROVED") MeasureStatus status,
        @Schema(description = "Status before the last transition", example = "PROPOSED", nullable = true) MeasureStatus previousStatus,
        @Schema(description = "Reason given for the last transition", example = "Approved by the steering group", nullable = true) String statusReason,
        @Schema(description = "The statuses this measure may move to now", example = "[\"IN_PROGRESS\", \"CANCELLED\"]") List<MeasureStatus> allowedTransitions,
        @Schema(description = "The current proportionality assessment; null when none was set", nullable = true) AssessmentView assessment,
        @Schema(description = "Milestones by due date") List<MilestoneView> milestones,
        @Schema(description = "References to parliamentary papers", example = "[\"29 754, nr. 436\"]") List<String> parliamentaryPapers,
        @Schema(description = "How secret the measure is; only callers cleared for it see it", example = "PUBLIC")
        Classification classification,
        @Schema(description = "Business time: the date the current state took effect (Europe/Amsterdam), set on"
                + " registration, by a status transition or by a change that names its date; corrections keep it."
                + " changedAt is when it was recorded", example = "2018-02-01", format = "date")
        LocalDate effectiveOn,
        @Schema(description = "Version; also the ETag and the sequence number of the last event", example = "3") long version,
        @Schema(description = "When it was registered", example = "2018-01-15T09:30:00Z") OffsetDateTime createdAt,
        @Schema(description = "Who registered it", example = "editor-client") String createdBy,
        @Schema(description = "When it was last changed", example = "2018-02-01T10:00:00Z") OffsetDateTime changedAt,
        @Schema(description = "Who changed it last", example = "editor-client") String changedBy) {

    static MeasureView of(Measure m, LocalDate today) {
        return new MeasureView(m.id, m.code, m.title, m.description, m.frameworkCode, m.interventionAreaCode,
                m.priorityLineCode, m.approach, m.nature, OrganisationRef.of(m.leadOrganisation),
                m.partners.stream().sorted(Comparator.comparing((Organisation o) -> o.name)).map(OrganisationRef::of).toList(),
                m.startDate, m.endDate, m.status, m.previousStatus, m.statusReason, m.status.allowedNext(),
                m.assessment == null ? null : AssessmentView.of(m.assessment),
                m.milestones.stream()
                        .sorted(Comparator.comparing((Milestone ms) -> ms.dueDate).thenComparing(ms -> ms.createdAt))
                        .map(ms -> MilestoneView.of(ms, today)).toList(),
                List.copyOf(m.parliamentaryPapers), m.classification, m.effectiveOn, m.version, m.createdAt, m.createdBy, m.changedAt, m.changedBy);
    }
}
