package nl.iat.reporting.progress;

import java.util.List;
import java.util.Optional;

import nl.iat.reporting.reports.BreakdownRow;
import nl.iat.reporting.reports.CsvTable;
import nl.iat.reporting.reports.MeasureRow;
import nl.iat.reporting.reports.Overview;

/** The tables of a progress report, each for CSV, derived from the frozen content only. */
public final class ProgressReportTables {

    public static final List<String> NAMES = List.of("overviews", "measures", "intervention-areas", "priority-lines",
            "lead-organisations", "approaches", "natures", "impact-levels", "balance", "new-measures", "status-changes",
            "money-changes", "corrections", "commitments", "motions");

    private ProgressReportTables() {
    }

    public static Optional<CsvTable> table(ProgressReportContent content, String name) {
        return Optional.ofNullable(switch (name) {
            case "overviews" -> overviews(content.overviews());
            case "measures" -> new CsvTable(MeasureRow.HEADER, content.interventionAreas().stream()
                    .flatMap(a -> a.measures().stream()).map(MeasureRow::cells).toList());
            case "balance" -> content.balance().table();
            case "new-measures" -> new CsvTable(List.of("measureId", "code", "title", "status"),
                    content.differences().newMeasures().stream().map(m -> List.<Object>of(m.measureId().toString(),
                            m.code(), m.title(), m.status())).toList());
            case "status-changes" -> new CsvTable(List.of("measureId", "code", "title", "previousStatus", "status"),
                    content.differences().statusChanges().stream().map(m -> List.<Object>of(m.measureId().toString(),
                            m.code(), m.title(), m.previousStatus(), m.status())).toList());
            case "money-changes" -> new CsvTable(List.of("measureId", "code", "title", "previousAllocatedCents",
                    "allocatedCents", "previousCommittedCents", "committedCents", "previousSpentCents", "spentCents"),
                    content.differences().moneyChanges().stream().map(m -> List.<Object>of(m.measureId().toString(),
                            m.code(), m.title(), m.previousAllocatedCents(), m.allocatedCents(),
                            m.previousCommittedCents(), m.committedCents(), m.previousSpentCents(), m.spentCents()))
                            .toList());
            case "corrections" -> new CsvTable(List.of("kind", "measureId", "code", "title", "fiscalYear", "effectiveOn",
                    "recordedAt", "amountCents", "status", "reason"), content.differences().corrections() == null ? List.of()
                    : content.differences().corrections().stream().map(c -> java.util.Arrays.<Object>asList(c.kind(),
                            c.measureId().toString(), c.code(), c.title(), c.fiscalYear(), c.effectiveOn().toString(),
                            c.recordedAt().toString(), c.amountCents(), c.status(), c.reason())).toList());
            case "commitments" -> parliament(content.parliament() == null ? List.of() : content.parliament().commitments());
            case "motions" -> parliament(content.parliament() == null ? List.of() : content.parliament().motions());
            default -> breakdown(content, name);
        });
    }

    private static CsvTable parliament(List<nl.iat.reporting.parliament.ParliamentItem> items) {
        return new CsvTable(nl.iat.reporting.parliament.ParliamentItem.HEADER,
                items.stream().map(nl.iat.reporting.parliament.ParliamentItem::cells).toList());
    }

    private static CsvTable overviews(List<Overview> overviews) {
        List<List<Object>> rows = overviews.stream().flatMap(o -> o.table().rows().stream()).toList();
        return new CsvTable(new Overview(null, 0, 0, 0, 0, 0, 0, 0, 0, nl.iat.reporting.reports.StatusCounts.NONE,
                null).table().header(), rows);
    }

    private static CsvTable breakdown(ProgressReportContent content, String name) {
        List<BreakdownRow> rows = content.breakdowns().get(name);
        return rows == null ? null : new CsvTable(BreakdownRow.HEADER, rows.stream().map(BreakdownRow::cells).toList());
    }
}
