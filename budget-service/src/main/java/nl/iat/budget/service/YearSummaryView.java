package nl.iat.budget.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "YearSummary", description = "Where a fiscal year's money stands. Committed and spent are separate figures.")
public record YearSummaryView(
        @Schema(description = "Fiscal year", example = "2018") int fiscalYear,
        @Schema(description = "The envelope, in euro cents", example = "1300000000") long envelopeCents,
        @Schema(description = "Divided into budget lines, in euro cents", example = "1200000000") long linedCents,
        @Schema(description = "Allocated to measures, in euro cents", example = "900000000") long allocatedCents,
        @Schema(description = "Committed, in euro cents", example = "500000000") long committedCents,
        @Schema(description = "Spent, in euro cents", example = "200000000") long spentCents,
        @Schema(description = "Envelope not yet divided into lines, in euro cents", example = "100000000") long unlinedCents,
        @Schema(description = "Envelope not yet allocated to any measure, in euro cents", example = "400000000") long freeCents,
        @Schema(description = "The same figures per priority line") List<PriorityLineFigures> priorityLines) {

    @Schema(name = "PriorityLineFigures", description = "A year's figures for one priority line")
    public record PriorityLineFigures(
            @Schema(description = "Priority line code", example = "EARLY_DETECTION") String priorityLineCode,
            @Schema(description = "In its lines, in euro cents", example = "300000000") long linedCents,
            @Schema(description = "Allocated, in euro cents", example = "250000000") long allocatedCents,
            @Schema(description = "Committed, in euro cents", example = "100000000") long committedCents,
            @Schema(description = "Spent, in euro cents", example = "40000000") long spentCents) {
    }
}
