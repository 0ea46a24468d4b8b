package nl.iat.measures.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The data of {@code nl.iat.parliament.motions.set.v1}: the motion's full new state (contract: event-contracts
 * {@code nl.iat.parliament.motions.set.v1.schema.json}). Also what its history compares.
 */
public record MotionState(UUID motionId, String portalId, String number, String dossierNumber, Integer volgnummer,
        String title, String subject, List<String> submitters, String cabinetAppreciation, String decision,
        LocalDate decidedOn, String followUpStatus, String reportedIn, List<UUID> measureIds, boolean illustrative,
        long version, LocalDate effectiveOn, OffsetDateTime changedAt, String changedBy) {
}
