package nl.iat.budget.service;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Function;

import nl.iat.budget.audit.ChangeRecord;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recorded change of an envelope or a line, as the {@code /changes} endpoints show it. */
@Schema(name = "Change", description = "One recorded change: who, when, and the state before and after")
public record ChangeView(
        @Schema(description = "Version the change produced", example = "2") long version,
        @Schema(description = "CREATED or UPDATED", example = "UPDATED") String action,
        @Schema(description = "Token subject of who made the change", example = "controller-client") String actor,
        @Schema(description = "When the change was made (UTC)", example = "2018-03-01T09:00:00Z") OffsetDateTime changedAt,
        @Schema(type = SchemaType.OBJECT, description = "State before the change; null for CREATED") Map<String, Object> before,
        @Schema(type = SchemaType.OBJECT, description = "State after the change") Map<String, Object> after) {

    /** The recorded change; {@code state} reads a stored JSON state. */
    static ChangeView of(ChangeRecord record, Function<String, Map<String, Object>> state) {
        return new ChangeView(record.version, record.action, record.actor, record.changedAt,
                state.apply(record.beforeState), state.apply(record.afterState));
    }
}
