package nl.iat.measures.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import nl.iat.measures.parliament.Commitment;
import nl.iat.measures.parliament.FulfilmentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A commitment as the API shows it. */
@Schema(name = "Commitment", description = "A commitment to parliament (toezegging), entered by hand or imported from the"
        + " Tweede Kamer's open data")
public record CommitmentView(
        @Schema(description = "Its id in the suite", example = "5c1f9d2e-8a3b-4c7d-9e0f-1a2b3c4d5e6f") UUID id,
        @Schema(description = "The portal's Id; empty for one entered by hand", example = "0c6a3d0e-1f2b-4a5c-8d7e-9f0a1b2c3d4e",
                nullable = true) String portalId,
        @Schema(description = "Its number, as the portal gives it", example = "TZ201801-057") String number,
        @Schema(description = "What was promised", example = "In het voorjaar van 2018 wordt uw Kamer geïnformeerd.") String text,
        @Schema(description = "Where it stands; UNKNOWN when the portal's status is not one the suite knows", example = "OPEN")
        FulfilmentStatus status,
        @Schema(description = "The status exactly as the portal gave it; empty for one entered by hand", example = "Openstaand",
                nullable = true) String portalStatus,
        @Schema(description = "true when its status is UNKNOWN: a portal status to look at", example = "false") boolean flagged,
        @Schema(description = "true when its due date has passed while it is still OPEN", example = "false") boolean overdue,
        @Schema(description = "The date it was made", example = "2017-12-20", format = "date") LocalDate madeOn,
        @Schema(description = "When it is due", example = "2018-06-30", format = "date", nullable = true) LocalDate dueDate,
        @Schema(description = "The letter (Kamerstuk) that fulfilled it", example = "29 754, nr. 460", nullable = true)
        String fulfilledBy,
        @Schema(description = "The ministry", example = "Justitie en Veiligheid", nullable = true) String ministry,
        @Schema(description = "The minister who made it", example = "F.B.J. Grapperhaus", nullable = true) String minister,
        @Schema(description = "The debate it was made in", example = "2017A04123", nullable = true) String activityNumber,
        @Schema(description = "Ids of the measures that answer it; those above your clearance are left out") List<UUID> measureIds,
        @Schema(description = "Part of the illustrative dataset", example = "false") boolean illustrative,
        @Schema(description = "Business date its current state took effect (Europe/Amsterdam)", example = "2018-01-15",
                format = "date") LocalDate effectiveOn,
        @Schema(description = "Its version, also its ETag", example = "1") long version,
        @Schema(description = "When it was entered", example = "2018-01-15T09:30:00Z") OffsetDateTime createdAt,
        @Schema(description = "Who entered it", example = "editor-client") String createdBy,
        @Schema(description = "When it last changed", example = "2018-01-15T09:30:00Z") OffsetDateTime changedAt,
        @Schema(description = "Who changed it last", example = "editor-client") String changedBy) {

    /** The commitment as shown, with the links to the measures the caller may see. */
    public static CommitmentView of(Commitment c, LocalDate today, List<UUID> measureIds) {
        return new CommitmentView(c.id, c.portalId, c.number, c.text, c.status, c.portalStatus,
                c.status == FulfilmentStatus.UNKNOWN, c.overdue(today), c.madeOn, c.dueDate, c.fulfilledBy, c.ministry,
                c.minister, c.activityNumber, measureIds, c.illustrative, c.effectiveOn,
                c.version, c.createdAt, c.createdBy, c.changedAt, c.changedBy);
    }
}
