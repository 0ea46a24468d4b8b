package nl.iat.reporting.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which time the figures are for, on both axes, and how current they are. */
@Schema(description = "The two times the figures are taken on (ADR 0304), business time (asOf) and recording time "
        + "(knownAt), and how current they are: they include every event up to eventsIncludedUpTo")
public record ReportMetadata(
        @Schema(description = "Business time: the end of the day (Europe/Amsterdam) the figures are the state of affairs "
                + "on; null for today", example = "2019-06-30T21:59:59.999999Z", nullable = true)
        OffsetDateTime asOf,
        @Schema(description = "Business time as a date: the day the figures are the state of affairs on (the peildatum); "
                + "today when asOf is null", example = "2019-06-30")
        LocalDate businessDate,
        @Schema(description = "Recording time: the figures as known at this moment; null for now",
                example = "2019-07-15T10:00:00Z", nullable = true)
        OffsetDateTime knownAt,
        @Schema(description = "When this report was produced", example = "2026-11-28T18:00:00Z")
        OffsetDateTime generatedAt,
        @Schema(description = "The figures include the events recorded up to this time (the latest event applied, at most knownAt)",
                example = "2019-07-12T09:30:00Z", nullable = true)
        OffsetDateTime eventsIncludedUpTo,
        @Schema(description = "Events on the topics not yet applied when the consumer lag was last measured; null when not measured yet", example = "0", nullable = true)
        Long consumerLag) {
}
