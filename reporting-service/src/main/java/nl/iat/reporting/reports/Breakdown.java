package nl.iat.reporting.reports;

import java.util.ArrayList;
import java.util.List;

import nl.iat.platform.paging.Page;
import nl.iat.reporting.disclosure.ConfidentialAmounts;
import nl.iat.reporting.disclosure.ConfidentialFigure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money and measure counts per group of one dimension. */
@Schema(description = "Money and measure counts per group of one dimension")
public record Breakdown(
        ReportMetadata metadata,
        @Schema(description = "What the groups are", example = "intervention-areas") String dimension,
        @Schema(description = "The fiscal year the money and measures are of; null for all years", example = "2018", nullable = true) Integer fiscalYear,
        @Schema(description = "Sums over all groups (not only this page) and the confidential figure") BreakdownRow total,
        Page<BreakdownRow> groups,
        @Schema(description = "The money of items classified above the reader's clearance: in the total, in no group")
        ConfidentialFigure confidential) implements CsvTable.Tabular {

    /** The groups of the page, then the confidential figure as a row of its own (never a group's). */
    @Override
    public CsvTable table() {
        List<List<Object>> rows = new ArrayList<>(groups.items().stream().map(BreakdownRow::cells).toList());
        ConfidentialAmounts money = confidential.amounts();
        rows.add(List.of(ConfidentialFigure.GROUP_KEY, "Confidential (" + confidential.clearance() + " reader)",
                money.allocatedCents(), money.committedCents(), money.spentCents(), 0, 0, 0, 0, 0, 0));
        return new CsvTable(BreakdownRow.HEADER, rows);
    }
}
