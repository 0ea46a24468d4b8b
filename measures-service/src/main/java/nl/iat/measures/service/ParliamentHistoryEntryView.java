package nl.iat.measures.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a commitment or motion in its audit trail. */
@Schema(name = "ParliamentHistoryEntry", description = "Who changed a commitment or motion, when, from which date it took"
        + " effect, by hand or by an import, and what changed")
public record ParliamentHistoryEntryView(
        @Schema(description = "The version this change produced", example = "2") long version,
        @Schema(description = "What was done", example = "changed-by-import",
                enumeration = { "created", "changed", "created-by-import", "changed-by-import" })
        String action,
        @Schema(description = "Token subject of who did it (for an import: who sent it)", example = "editor-client") String actor,
        @Schema(description = "When", example = "2019-04-15T10:00:00Z") OffsetDateTime changedAt,
        @Schema(description = "Business time: the date this version took effect (Europe/Amsterdam), where changedAt"
                + " is when it was recorded; not repeated under changes", example = "2019-04-12", format = "date")
        LocalDate effectiveOn,
        @Schema(description = "The fields that changed, named as in the events") List<FieldChange> changes) {

    @Schema(name = "ParliamentFieldChange", description = "One field of the commitment or motion before and after the change")
    public record FieldChange(
            @Schema(description = "Name of the field, as in the events", example = "status") String field,
            @Schema(description = "Value before: any JSON value (no type: also null, when the field was empty)",
                    example = "OPEN") Object before,
            @Schema(description = "Value after: any JSON value (no type: also null, when the field became empty)",
                    example = "FULFILLED") Object after) {
    }
}
