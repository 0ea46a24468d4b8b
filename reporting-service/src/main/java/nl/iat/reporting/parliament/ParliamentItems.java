package nl.iat.reporting.parliament;

import nl.iat.platform.paging.Page;
import nl.iat.reporting.reports.CsvTable;
import nl.iat.reporting.reports.ReportMetadata;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of commitments or motions. */
@Schema(description = "Commitments or motions to parliament on the business date, as known at the moment")
public record ParliamentItems(
        ReportMetadata metadata,
        Page<ParliamentItem> items) implements CsvTable.Tabular {

    @Override
    public CsvTable table() {
        return new CsvTable(ParliamentItem.HEADER, items.items().stream().map(ParliamentItem::cells).toList());
    }
}
