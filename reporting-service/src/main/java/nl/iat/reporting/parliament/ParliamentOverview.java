package nl.iat.reporting.parliament;

import java.util.List;
import java.util.Map;

import nl.iat.reporting.reports.CsvTable;
import nl.iat.reporting.reports.ReportMetadata;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Commitments and motions by status, overdue, and per intervention area of the measures that answer them. */
@Schema(description = "Commitments and motions to parliament by status and per intervention area, on the business date as known at the moment")
public record ParliamentOverview(
        ReportMetadata metadata,
        @Schema(description = "Commitments per status") Map<String, Long> commitmentsByStatus,
        @Schema(description = "Open commitments whose due date has passed", example = "2") long overdueCommitments,
        @Schema(description = "Motions per follow-up status") Map<String, Long> motionsByStatus,
        @Schema(description = "Motions per decision (UNDECIDED for none yet)") Map<String, Long> motionsByDecision,
        @Schema(description = "Per intervention area of the linked measures (NONE: linked to no measure); an item linked to measures of two areas counts in both")
        List<AreaRow> interventionAreas) implements CsvTable.Tabular {

    @Schema(description = "The commitments and motions of one intervention area")
    public record AreaRow(
            @Schema(example = "VOORKOMEN") String interventionAreaCode,
            @Schema(example = "4") long commitments,
            @Schema(description = "Open or partly fulfilled", example = "3") long openCommitments,
            @Schema(example = "1") long overdueCommitments,
            @Schema(example = "2") long motions,
            @Schema(description = "Follow-up open or partly fulfilled", example = "1") long openMotions) {
    }

    @Override
    public CsvTable table() {
        return new CsvTable(List.of("interventionAreaCode", "commitments", "openCommitments", "overdueCommitments",
                "motions", "openMotions"), interventionAreas.stream().map(r -> List.<Object>of(r.interventionAreaCode(),
                        r.commitments(), r.openCommitments(), r.overdueCommitments(), r.motions(), r.openMotions()))
                .toList());
    }
}
