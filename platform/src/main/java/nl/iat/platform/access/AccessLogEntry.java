package nl.iat.platform.access;

import java.time.OffsetDateTime;
import java.util.UUID;

import nl.iat.platform.security.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recorded read of a classified item. */
@Schema(name = "AccessLogEntry", description = "One read of a RESTRICTED or SECRET item")
public record AccessLogEntry(
        @Schema(description = "Position in the log, increasing", example = "17") long id,
        @Schema(description = "When the item was read", example = "2026-11-30T12:00:00Z") OffsetDateTime readAt,
        @Schema(description = "Who read it: the token's subject", example = "analyst-7") String actor,
        @Schema(description = "The reader's organisation id; null when the token names none",
                example = "00000000-0000-4000-8000-000000000001", nullable = true) String organisation,
        @Schema(description = "The reader's clearance") Classification clearance,
        @Schema(description = "Kind of item read", example = "measure") String itemType,
        @Schema(description = "The item's id", example = "3f1c8a2e-5b7d-4c9e-8f10-2a3b4c5d6e7f") UUID itemId,
        @Schema(description = "The item's classification when read") Classification classification,
        @Schema(description = "The operation it was read through (operationId)", example = "getMeasure") String operation,
        @Schema(description = "The request's X-Request-Id; null outside a request", example = "c0ffee-42", nullable = true)
        String requestId) {
}
