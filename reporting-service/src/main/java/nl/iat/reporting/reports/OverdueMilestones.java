package nl.iat.reporting.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.iat.platform.paging.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Milestones of open measures past their due date and not done. */
@Schema(description = "Milestones of open measures past their due date and not done")
public record OverdueMilestones(
        ReportMetadata metadata,
        @Schema(example = "2019-04-30") LocalDate referenceDate,
        Page<Item> milestones) implements CsvTable.Tabular {

    @Schema(description = "An overdue milestone and its measure")
    public record Item(
            @Schema(example = "3f0c8a52-5a1e-4c36-9f43-7f3c2a9b1d10") UUID measureId,
            @Schema(example = "IAT-2018-001") String measureCode,
            @Schema(example = "Uitbreiding capaciteit AIVD") String measureTitle,
            @Schema(example = "IN_PROGRESS") String measureStatus,
            @Schema(example = "0b8f6a0e-6d1c-4b5e-9f2a-1c3d5e7f9a0b") String milestoneId,
            @Schema(example = "Recruitment completed") String title,
            @Schema(example = "2018-06-30") LocalDate dueDate) {
    }

    @Override
    public CsvTable table() {
        return new CsvTable(List.of("measureId", "measureCode", "measureTitle", "measureStatus", "milestoneId", "title",
                "dueDate"), milestones.items().stream().map(i -> List.<Object>of(i.measureId().toString(),
                        i.measureCode(), i.measureTitle(), i.measureStatus(), String.valueOf(i.milestoneId()),
                        String.valueOf(i.title()), i.dueDate().toString())).toList());
    }
}
