package nl.iat.measures.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The data of every measure event: the full new state of the measure, so a consumer needs nothing
 * else (contract: event-contracts {@code measure-state.v1.schema.json}, served beside
 * /api/measures/v1/asyncapi.yaml). {@code effectiveOn} is the business date the state took effect,
 * {@code changedAt} when it was recorded (ADR 0010). {@code classification} tells consumers whom they
 * may show it (ADR 0016); the history records its changes like any other field's.
 */
public record MeasureState(UUID measureId, String code, String title, String frameworkCode,
        String interventionAreaCode, String priorityLineCode, String approach, String nature,
        UUID leadOrganisationId, String leadOrganisationName, List<UUID> partnerOrganisationIds,
        LocalDate startDate, LocalDate endDate, String status, String previousStatus, String statusReason,
        Assessment assessment, List<MilestoneState> milestones, List<String> parliamentaryPapers,
        String classification, LocalDate effectiveOn, long version, OffsetDateTime changedAt, String changedBy) {

    public record Assessment(String impactLevel, List<String> fundamentalRights, String legalBasis,
            String justification, String dpiaReference, LocalDate reviewDate, boolean complete) {
    }

    public record MilestoneState(UUID milestoneId, String title, LocalDate dueDate, boolean done, LocalDate doneOn) {
    }
}
