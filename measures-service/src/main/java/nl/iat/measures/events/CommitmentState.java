package nl.iat.measures.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The data of {@code nl.iat.parliament.commitments.set.v1}: the commitment's full new state (contract:
 * event-contracts {@code nl.iat.parliament.commitments.set.v1.schema.json}). Also what its history compares.
 */
public record CommitmentState(UUID commitmentId, String portalId, String number, String text, String status,
        String portalStatus, LocalDate madeOn, LocalDate dueDate, String fulfilledBy, String ministry, String minister,
        String activityNumber, List<UUID> measureIds, boolean illustrative, long version, LocalDate effectiveOn,
        OffsetDateTime changedAt, String changedBy) {
}
