package nl.iat.reporting.reports;

import nl.iat.platform.paging.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of measures with their money. */
@Schema(description = "A page of measures with their money")
public record MeasureList(ReportMetadata metadata, Page<MeasureRow> measures) implements CsvTable.Tabular {

    @Override
    public CsvTable table() {
        return new CsvTable(MeasureRow.HEADER, measures.items().stream().map(MeasureRow::cells).toList());
    }
}
