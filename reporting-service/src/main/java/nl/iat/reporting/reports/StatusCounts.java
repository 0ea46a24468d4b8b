package nl.iat.reporting.reports;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Number of measures per lifecycle status. */
@Schema(description = "Number of measures per status")
public record StatusCounts(
        @Schema(example = "2") long proposed,
        @Schema(example = "5") long approved,
        @Schema(example = "12") long inProgress,
        @Schema(example = "3") long completed,
        @Schema(example = "1") long cancelled) {

    public static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0, 0);

    public static StatusCounts of(Map<String, Long> byStatus) {
        return new StatusCounts(byStatus.getOrDefault("PROPOSED", 0L), byStatus.getOrDefault("APPROVED", 0L),
                byStatus.getOrDefault("IN_PROGRESS", 0L), byStatus.getOrDefault("COMPLETED", 0L),
                byStatus.getOrDefault("CANCELLED", 0L));
    }

    public long total() {
        return proposed + approved + inProgress + completed + cancelled;
    }
}
