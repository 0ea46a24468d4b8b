package nl.iat.measures.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import nl.iat.measures.parliament.FulfilmentStatus;
import nl.iat.measures.parliament.Motion;
import nl.iat.measures.parliament.MotionDecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A motion as the API shows it. */
@Schema(name = "Motion", description = "A motion (motie) of the Tweede Kamer and the cabinet's follow-up of it")
public record MotionView(
        @Schema(description = "Its id in the suite", example = "7d2e0f3a-9b4c-4d8e-8f1a-2b3c4d5e6f70") UUID id,
        @Schema(description = "The portal's Id of the Zaak; empty for one entered by hand",
                example = "1d7b4e1f-2a3c-4b6d-9e8f-0a1b2c3d4e5f", nullable = true) String portalId,
        @Schema(description = "Its number, as the portal gives it", example = "2018Z05123") String number,
        @Schema(description = "The dossier", example = "29754") String dossierNumber,
        @Schema(description = "Its number within the dossier", example = "441", nullable = true) Integer volgnummer,
        @Schema(description = "Its title", example = "Motie van het lid Voorbeeld over deradicalisering in detentie") String title,
        @Schema(description = "Its subject", example = "Deradicalisering", nullable = true) String subject,
        @Schema(description = "The date it was submitted", example = "2018-03-20", format = "date", nullable = true)
        LocalDate submittedOn,
        @Schema(description = "Its submitters, the first submitter first") List<String> submitters,
        @Schema(description = "The cabinet's appreciation, as the portal writes it", example = "Oordeel Kamer", nullable = true)
        String cabinetAppreciation,
        @Schema(description = "What the Kamer decided; empty while undecided", example = "ADOPTED", nullable = true)
        MotionDecision decision,
        @Schema(description = "The date of the decision", example = "2018-03-27", format = "date", nullable = true)
        LocalDate decidedOn,
        @Schema(description = "The cabinet's follow-up", example = "OPEN") FulfilmentStatus followUpStatus,
        @Schema(description = "The letter (Kamerstuk) that reports on the follow-up", example = "29 754, nr. 501",
                nullable = true) String reportedIn,
        @Schema(description = "Ids of the measures that answer it; those above your clearance are left out") List<UUID> measureIds,
        @Schema(description = "Part of the illustrative dataset", example = "false") boolean illustrative,
        @Schema(description = "Business date its current state took effect (Europe/Amsterdam)", example = "2018-03-27",
                format = "date") LocalDate effectiveOn,
        @Schema(description = "Its version, also its ETag", example = "1") long version,
        @Schema(description = "When it was entered", example = "2018-03-28T09:00:00Z") OffsetDateTime createdAt,
        @Schema(description = "Who entered it", example = "editor-client") String createdBy,
        @Schema(description = "When it last changed", example = "2018-03-28T09:00:00Z") OffsetDateTime changedAt,
        @Schema(description = "Who changed it last", example = "editor-client") String changedBy) {

    /** The motion as shown, with the links to the measures the caller may see. */
    public static MotionView of(Motion m, List<UUID> measureIds) {
        return new MotionView(m.id, m.portalId, m.number, m.dossierNumber, m.volgnummer, m.title, m.subject, m.submittedOn,
                List.copyOf(m.submitters), m.cabinetAppreciation, m.decision, m.decidedOn, m.followUpStatus, m.reportedIn,
                measureIds, m.illustrative, m.effectiveOn, m.version, m.createdAt,
                m.createdBy, m.changedAt, m.changedBy);
    }
}
