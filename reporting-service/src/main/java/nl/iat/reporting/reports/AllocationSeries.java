package nl.iat.reporting.reports;

import java.util.List;

import nl.iat.platform.paging.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Allocations per month, for charts. */
@Schema(description = "Net allocation change and cumulative allocation per month (Europe/Amsterdam)")
public record AllocationSeries(
        ReportMetadata metadata,
        @Schema(example = "2018", nullable = true) Integer fiscalYear,
        @Schema(description = "Whether the points are per priority line or for all lines together", example = "true") boolean perPriorityLine,
        Page<Point> points) implements CsvTable.Tabular {

    @Schema(description = "One month of one priority line (or of all lines)")
    public record Point(
            @Schema(description = "The calendar month, YYYY-MM", pattern = "^\\d{4}-\\d{2}$", example = "2018-03") String month,
            @Schema(description = "Null when the points are for all lines together", example = "EARLY_DETECTION", nullable = true) String priorityLineCode,
            @Schema(description = "Net change of the allocations in the month", example = "250000000") long allocatedChangeCents,
            @Schema(description = "Allocated at the end of the month", example = "700000000") long allocatedCumulativeCents) {
    }

    @Override
    public CsvTable table() {
        return new CsvTable(List.of("month", "priorityLineCode", "allocatedChangeCents", "allocatedCumulativeCents"),
                points.items().stream().map(p -> java.util.Arrays.<Object>asList(p.month(), p.priorityLineCode(),
                        p.allocatedChangeCents(), p.allocatedCumulativeCents())).toList());
    }
}
