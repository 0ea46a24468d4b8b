package nl.iat.reporting.parliament;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A commitment or motion as the reports show it, on a business date as known at a moment. */
@Schema(description = "A commitment (toezegging) or motion (motie) to parliament")
public record ParliamentItem(
        @Schema(example = "5c1f9d2e-8a3b-4c7d-9e0f-1a2b3c4d5e6f") UUID id,
        @Schema(description = "As the Tweede Kamer gives it", example = "TZ201801-057") String number,
        @Schema(description = "A commitment's text, a motion's title",
                example = "In het voorjaar van 2018 wordt uw Kamer geïnformeerd") String title,
        @Schema(description = "OPEN, FULFILLED, PARTLY_FULFILLED, LAPSED, or UNKNOWN (the portal's status is kept in portalStatus); for a motion its follow-up",
                example = "OPEN") String status,
        @Schema(description = "The status as the portal gave it; null for one entered by hand", example = "Openstaand",
                nullable = true) String portalStatus,
        @Schema(description = "A commitment's due date; null for motions", example = "2018-06-30", nullable = true) LocalDate dueDate,
        @Schema(description = "Open (or partly fulfilled) and its due date passed on the business date", example = "false") boolean overdue,
        @Schema(description = "A motion's decision (ADOPTED, REJECTED, HELD, WITHDRAWN); null for commitments and undecided motions",
                example = "ADOPTED", nullable = true) String decision,
        @Schema(description = "The letter (Kamerstuk) that fulfilled the commitment or reports on the motion",
                example = "29 754, nr. 501", nullable = true) String letter,
        List<UUID> measureIds,
        @Schema(description = "Part of the illustrative dataset", example = "false") boolean illustrative,
        @Schema(description = "The business date its state took effect", example = "2018-05-28") LocalDate effectiveOn) {

    public static final List<String> HEADER = List.of("id", "number", "title", "status", "portalStatus", "dueDate",
            "overdue", "decision", "letter", "measureIds", "illustrative", "effectiveOn");

    public List<Object> cells() {
        return Arrays.asList(id.toString(), number, title, status, portalStatus, dueDate == null ? null : dueDate.toString(),
                overdue, decision, letter, String.join(" ", measureIds.stream().map(UUID::toString).toList()), illustrative,
                effectiveOn.toString());
    }
}
