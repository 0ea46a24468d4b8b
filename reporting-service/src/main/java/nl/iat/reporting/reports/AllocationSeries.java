package nl.iat.reporting.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.iat.platform.paging.Page;
import nl.iat.reporting.disclosure.ConfidentialFigure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Allocations per business month, for charts. */
@Schema(description = "Net allocation change and cumulative allocation per month of business time (the decisions' dates)")
public record AllocationSeries(
        ReportMetadata metadata,
        @Schema(example = "2018", nullable = true) Integer fiscalYear,
        @Schema(description = "Whether the points are per priority line or for all lines together", example = "true") boolean perPriorityLine,
        Page<Point> points,
        @Schema(description = "The fiscal year's money of items classified above the reader's clearance, in no point")
        ConfidentialFigure confidential) implements CsvTable.Tabular {

    @Schema(description = "One month of one priority line (or of all lines)")
    public record Point(
            @Schema(description = "The calendar month, YYYY-MM", pattern = "^\\d{4}-\\d{2}$", example = "2018-03") String month,
            @Schema(description = "Null when the points are for all lines together", example = "EARLY_DETECTION", nullable = true) String priorityLineCode,
            @Schema(description = "Net change of the allocations in the month", example = "250000000") long allocatedChangeCents,
            @Schema(description = "Allocated at the end of the month", example = "700000000") long allocatedCumulativeCents) {
    }

    /**
     * The points of the months whose allocations changed (not those with only commitments or payments),
     * each with the running total of its priority line (or of all lines).
     */
    public static List<Point> points(List<Figures.MonthlyMoney> months) {
        Map<String, Long> totals = new HashMap<>();
        List<Point> points = new ArrayList<>();
        for (Figures.MonthlyMoney month : months) {
            long change = month.amounts().allocatedCents();
            if (change == 0) {
                continue;
            }
            long total = totals.merge(String.valueOf(month.priorityLineCode()), change, Long::sum);
            points.add(new Point(YearMonth.from(month.month()).toString(), month.priorityLineCode(), change, total));
        }
        return points;
    }

    @Override
    public CsvTable table() {
        return new CsvTable(List.of("month", "priorityLineCode", "allocatedChangeCents", "allocatedCumulativeCents"),
                points.items().stream().map(p -> java.util.Arrays.<Object>asList(p.month(), p.priorityLineCode(),
                        p.allocatedChangeCents(), p.allocatedCumulativeCents())).toList());
    }
}
