package nl.iat.reporting.reports;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How current a report's figures are. */
@Schema(description = "How current the figures are: they include every event up to eventsIncludedUpTo")
public record ReportMetadata(
        @Schema(description = "The moment the figures are as of; null for the latest figures", example = "2019-04-30T22:00:00Z", nullable = true)
        OffsetDateTime asOf,
        @Schema(description = "When this report was produced", example = "2026-11-28T18:00:00Z")
        OffsetDateTime generatedAt,
        @Schema(description = "The figures include the events up to this time (the latest event applied, at most asOf)", example = "2019-04-12T09:30:00Z", nullable = true)
        OffsetDateTime eventsIncludedUpTo,
        @Schema(description = "Events on the topics not yet applied when the consumer lag was last measured; null when not measured yet", example = "0", nullable = true)
        Long consumerLag) {
}
