package nl.iat.reporting.reports;

import java.util.List;

/** A report as one table: a header row and one row per item, for CSV (RFC 4180). */
public record CsvTable(List<String> header, List<List<Object>> rows) {

    /** A report that can be written as a CSV table. */
    public interface Tabular {
        CsvTable table();
    }
}
