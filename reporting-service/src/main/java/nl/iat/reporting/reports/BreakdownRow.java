package nl.iat.reporting.reports;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The money and the measures of one group of a breakdown. */
@Schema(description = "Money and measures of one group (one intervention area, priority line, ...)")
public record BreakdownRow(
        @Schema(description = "The group's code or id; UNKNOWN for money of a measure not yet known, NONE for no value", example = "VERWERVEN") String groupKey,
        @Schema(description = "The group's display name", example = "VERWERVEN") String label,
        @Schema(example = "250000000") long allocatedCents,
        @Schema(example = "100000000") long committedCents,
        @Schema(example = "40000000") long spentCents,
        @Schema(description = "Number of measures in the group", example = "7") long measureCount,
        StatusCounts measuresByStatus) {

    public static final List<String> HEADER = List.of("groupKey", "label", "allocatedCents", "committedCents",
            "spentCents", "measureCount", "proposed", "approved", "inProgress", "completed", "cancelled");

    /** The orders a breakdown can be sorted in, by JSON field name. */
    public static final Map<String, Comparator<BreakdownRow>> SORTABLE = Map.of(
            "groupKey", Comparator.comparing(BreakdownRow::groupKey),
            "label", Comparator.comparing(BreakdownRow::label),
            "allocatedCents", Comparator.comparingLong(BreakdownRow::allocatedCents),
            "committedCents", Comparator.comparingLong(BreakdownRow::committedCents),
            "spentCents", Comparator.comparingLong(BreakdownRow::spentCents),
            "measureCount", Comparator.comparingLong(BreakdownRow::measureCount));

    public List<Object> cells() {
        return List.of(groupKey, label, allocatedCents, committedCents, spentCents, measureCount,
                measuresByStatus.proposed(), measuresByStatus.approved(), measuresByStatus.inProgress(),
                measuresByStatus.completed(), measuresByStatus.cancelled());
    }
}
