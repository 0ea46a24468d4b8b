package nl.iat.measures.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.iat.measures.parliament.FulfilmentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A commitment to parliament as a client enters or replaces it by hand. */
@Schema(name = "CommitmentInput", description = "A commitment to parliament (toezegging) to enter or to replace")
public record CommitmentInput(
        @Schema(description = "Its number, as the portal gives it", example = "TZ201801-057", maxLength = 60)
        @NotBlank @Size(max = 60) String number,

        @Schema(description = "What was promised", example = "In het voorjaar van 2018 wordt uw Kamer geïnformeerd over de"
                + " voortgang van de integrale aanpak terrorisme.", maxLength = 10000)
        @NotBlank @Size(max = 10000) String text,

        @Schema(description = "Where it stands. UNKNOWN is given by an import only (a portal status the suite does not"
                + " know); a record that has it may keep it", example = "OPEN")
        @NotNull FulfilmentStatus status,

        @Schema(description = "The date it was made", example = "2017-12-20", format = "date")
        @NotNull LocalDate madeOn,

        @Schema(description = "When it is due; empty when no date was promised", example = "2018-06-30", format = "date",
                nullable = true)
        LocalDate dueDate,

        @Schema(description = "The letter (Kamerstuk) that fulfilled it", example = "29 754, nr. 460", maxLength = 200,
                nullable = true)
        @Size(max = 200) String fulfilledBy,

        @Schema(description = "The ministry", example = "Justitie en Veiligheid", maxLength = 200, nullable = true)
        @Size(max = 200) String ministry,

        @Schema(description = "The minister who made it", example = "F.B.J. Grapperhaus", maxLength = 200, nullable = true)
        @Size(max = 200) String minister,

        @Schema(description = "The debate it was made in (the portal's activity number)", example = "2017A04123",
                maxLength = 60, nullable = true)
        @Size(max = 60) String activityNumber,

        @Schema(description = "Ids of the measures that answer it; each must exist and be within your clearance (422);"
                + " links to measures above your clearance are kept", example = "[]", maxItems = 100)
        @Size(max = 100) List<@NotNull UUID> measureIds,

        @Schema(description = "Part of the illustrative dataset, not a real commitment", example = "false", nullable = true)
        Boolean illustrative,

        @Schema(description = "Business date (Europe/Amsterdam) this state took effect: today when left out, never in the"
                + " future; a replacement not before the commitment's current effectiveOn", example = "2018-01-15",
                format = "date", nullable = true)
        LocalDate effectiveOn) {

    public List<UUID> links() {
        return measureIds == null ? List.of() : measureIds;
    }
}
