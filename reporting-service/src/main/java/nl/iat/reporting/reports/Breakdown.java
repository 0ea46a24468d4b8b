package nl.iat.reporting.reports;

import nl.iat.platform.paging.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money and measure counts per group of one dimension. */
@Schema(description = "Money and measure counts per group of one dimension")
public record Breakdown(
        ReportMetadata metadata,
        @Schema(description = "What the groups are", example = "intervention-areas") String dimension,
        @Schema(description = "The fiscal year the money and measures are of; null for all years", example = "2018", nullable = true) Integer fiscalYear,
        @Schema(description = "Sums over all groups (not only this page)") BreakdownRow total,
        Page<BreakdownRow> groups) implements CsvTable.Tabular {

    @Override
    public CsvTable table() {
        return new CsvTable(BreakdownRow.HEADER, groups.items().stream().map(BreakdownRow::cells).toList());
    }
}
