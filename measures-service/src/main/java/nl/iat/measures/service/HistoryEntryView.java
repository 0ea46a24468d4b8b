package nl.iat.measures.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a measure in its audit trail. */
@Schema(name = "HistoryEntry", description = "Who changed a measure, when, from which date it took effect, and what changed")
public record HistoryEntryView(
        @Schema(description = "The version this change produced", example = "2") long version,
        @Schema(description = "What was done", example = "status-changed",
                enumeration = { "registered", "changed", "status-changed", "assessment-revised", "milestone-added", "milestone-changed" })
        String action,
        @Schema(description = "Token subject of who did it", example = "editor-client") String actor,
        @Schema(description = "When", example = "2018-02-01T10:00:00Z") OffsetDateTime changedAt,
        @Schema(description = "Business time: the date this version took effect (Europe/Amsterdam), where changedAt"
                + " is when it was recorded; not repeated under changes", example = "2018-01-30", format = "date")
        LocalDate effectiveOn,
        @Schema(description = "The fields that changed") List<FieldChange> changes) {

    @Schema(name = "FieldChange", description = "One field of the measure before and after the change")
    public record FieldChange(
            @Schema(description = "Name of the field, as in the measure events", example = "status") String field,
            @Schema(description = "Value before: any JSON value (no type: also null, when the field was empty)",
                    example = "PROPOSED") Object before,
            @Schema(description = "Value after: any JSON value (no type: also null, when the field became empty)",
                    example = "APPROVED") Object after) {
    }
}
