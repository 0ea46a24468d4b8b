package nl.iat.measures.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.iat.measures.parliament.FulfilmentStatus;
import nl.iat.measures.parliament.MotionDecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A motion and its follow-up as a client enters or replaces it by hand. */
@Schema(name = "MotionInput", description = "A motion (motie) and the cabinet's follow-up, to enter or to replace")
public record MotionInput(
        @Schema(description = "Its number, as the portal gives it", example = "2018Z05123", maxLength = 60)
        @NotBlank @Size(max = 60) String number,

        @Schema(description = "The dossier (Kamerstukdossier) it belongs to", example = "29754", maxLength = 30)
        @NotBlank @Size(max = 30) String dossierNumber,

        @Schema(description = "Its number within the dossier", example = "441", nullable = true, minimum = "0")
        @Min(0) Integer volgnummer,

        @Schema(description = "Its title", example = "Motie van het lid Voorbeeld over deradicalisering in detentie",
                maxLength = 1000)
        @NotBlank @Size(max = 1000) String title,

        @Schema(description = "Its subject", example = "Deradicalisering", maxLength = 1000, nullable = true)
        @Size(max = 1000) String subject,

        @Schema(description = "The date it was submitted", example = "2018-03-20", format = "date", nullable = true)
        LocalDate submittedOn,

        @Schema(description = "Its submitters, the first submitter first", example = "[\"Voorbeeld\"]", maxItems = 50)
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> submitters,

        @Schema(description = "The cabinet's appreciation, as the portal writes it (Overgenomen, Ontraden, Oordeel Kamer, ...)",
                example = "Oordeel Kamer", maxLength = 100, nullable = true)
        @Size(max = 100) String cabinetAppreciation,

        @Schema(description = "What the Kamer decided; empty while undecided", example = "ADOPTED", nullable = true)
        MotionDecision decision,

        @Schema(description = "The date of the decision; only with a decision", example = "2018-03-27", format = "date",
                nullable = true)
        LocalDate decidedOn,

        @Schema(description = "The cabinet's follow-up. UNKNOWN is not given by hand; a record that has it may keep it",
                example = "OPEN")
        @NotNull FulfilmentStatus followUpStatus,

        @Schema(description = "The letter (Kamerstuk) that reports on the follow-up", example = "29 754, nr. 501",
                maxLength = 200, nullable = true)
        @Size(max = 200) String reportedIn,

        @Schema(description = "Ids of the measures that answer it; each must exist and be within your clearance (422);"
                + " links to measures above your clearance are kept", example = "[]", maxItems = 100)
        @Size(max = 100) List<@NotNull UUID> measureIds,

        @Schema(description = "Part of the illustrative dataset, not a real motion", example = "false", nullable = true)
        Boolean illustrative,

        @Schema(description = "Business date (Europe/Amsterdam) this state took effect: today when left out, never in the"
                + " future; a replacement not before the motion's current effectiveOn", example = "2018-03-27",
                format = "date", nullable = true)
        LocalDate effectiveOn) {

    public List<UUID> links() {
        return measureIds == null ? List.of() : measureIds;
    }

    public List<String> names() {
        return submitters == null ? List.of() : submitters.stream().map(String::strip).toList();
    }
}
