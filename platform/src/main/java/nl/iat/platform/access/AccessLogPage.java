package nl.iat.platform.access;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The page schema of the access log for the OpenAPI document; the generic Page loses its item type there. */
@Schema(name = "AccessLogPage", description = "One page of the access log, newest first")
record AccessLogPage(List<AccessLogEntry> items, @Schema(description = "The page number, starting at 1", example = "1") int page,
        @Schema(description = "Items per page", example = "20") int pageSize,
        @Schema(description = "Number of items over all pages", example = "1") long totalItems,
        @Schema(description = "Number of pages", example = "1") long totalPages) {
}
