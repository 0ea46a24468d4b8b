package nl.iat.reporting.reports;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.iat.platform.security.Classification;
import nl.iat.reporting.disclosure.ConfidentialFigure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The money of one fiscal year from envelope to spending, and the measures by status. */
@Schema(description = "The money of one fiscal year and the measures whose period overlaps it")
public record Overview(
        @Schema(description = "Left out inside a progress report, which has its own") @JsonInclude(JsonInclude.Include.NON_NULL)
        ReportMetadata metadata,
        @Schema(example = "2018") int fiscalYear,
        @Schema(description = "The funding envelope of the year; 0 when none is set", example = "1300000000") long envelopeCents,
        @Schema(description = "Sum of the year's budget lines", example = "1300000000") long linedCents,
        @Schema(description = "Sum of the allocations to measures on the year's budget lines", example = "1150000000") long allocatedCents,
        @Schema(description = "Money committed against those allocations", example = "800000000") long committedCents,
        @Schema(description = "Money spent against those allocations (kept apart from committed)", example = "450000000") long spentCents,
        @Schema(description = "Envelope not yet divided over budget lines: envelope minus lined", example = "0") long unlinedCents,
        @Schema(description = "Money of the year not yet allocated to a measure: envelope minus allocated", example = "150000000") long freeCents,
        @Schema(description = "Measures whose period overlaps the fiscal year, per status") StatusCounts measuresByStatus,
        @Schema(description = "Of the amounts above, the money of items classified above the reader's clearance")
        ConfidentialFigure confidential) implements CsvTable.Tabular {

    @Override
    public CsvTable table() {
        List<Object> row = new ArrayList<>(List.of(fiscalYear, envelopeCents, linedCents, allocatedCents, committedCents,
                spentCents, unlinedCents, freeCents, measuresByStatus.proposed(), measuresByStatus.approved(),
                measuresByStatus.inProgress(), measuresByStatus.completed(), measuresByStatus.cancelled()));
        // overviews frozen in progress reports before classification have none: nothing was hidden then
        row.addAll((confidential == null ? ConfidentialFigure.none(Classification.PUBLIC) : confidential).cells());
        List<String> header = new ArrayList<>(List.of("fiscalYear", "envelopeCents", "linedCents", "allocatedCents",
                "committedCents", "spentCents", "unlinedCents", "freeCents", "proposed", "approved", "inProgress",
                "completed", "cancelled"));
        header.addAll(ConfidentialFigure.HEADER);
        return new CsvTable(header, List.of(row));
    }
}
