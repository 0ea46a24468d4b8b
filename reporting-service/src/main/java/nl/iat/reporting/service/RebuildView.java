package nl.iat.reporting.service;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.iat.reporting.rebuilds.Rebuild;

/** A rebuild as the API shows it; {@code eventsReplayed} keeps the name the released API gave the events applied. */
@Schema(description = "A rebuild of the read models by replaying the measure and budget topics from the beginning")
public record RebuildView(
        @Schema(example = "6a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b") UUID rebuildId,
        @Schema(description = "RUNNING, COMPLETED or FAILED", example = "COMPLETED") String status,
        @Schema(description = "Token subject of who asked for it", example = "admin-client") String requestedBy,
        @Schema(example = "2026-11-28T18:00:00Z") OffsetDateTime requestedAt,
        @Schema(example = "2026-11-28T18:00:42Z", nullable = true) OffsetDateTime finishedAt,
        @Schema(description = "Events applied from the topics", example = "1000000") long eventsReplayed,
        @Schema(description = "Records skipped: repeats of an event and unprocessable ones (which are on the dead-letter topic)", example = "3") long eventsSkipped,
        @Schema(example = "25000", nullable = true) Long eventsPerSecond,
        @Schema(description = "Why it failed; the old read models are then kept", example = "The broker is not reachable", nullable = true) String failure) {

    public static RebuildView of(Rebuild rebuild) {
        return new RebuildView(rebuild.id, rebuild.status, rebuild.requestedBy, rebuild.requestedAt, rebuild.finishedAt,
                rebuild.eventsApplied, rebuild.eventsSkipped, rebuild.eventsPerSecond, rebuild.failure);
    }
}
