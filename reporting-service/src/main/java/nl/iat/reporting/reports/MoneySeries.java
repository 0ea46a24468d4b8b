package nl.iat.reporting.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import nl.iat.reporting.totals.Amounts;
import nl.iat.reporting.disclosure.ConfidentialFigure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The money of one fiscal year by month or quarter of business time, cumulative, so that planned
 * (allocated, committed) can be drawn against actual (spent). The periods run over the calendar year
 * of the fiscal year, widened to every period in which the year's money took effect (a decision taken
 * in the December before, a payment in the January after), and end at the business date's period.
 * The last point's cumulative amounts are the year's totals.
 */
@Schema(description = "Allocated, committed and spent money of a fiscal year per month or quarter of business time: "
        + "the change in each period and the cumulative amounts at its end")
public record MoneySeries(
        ReportMetadata metadata,
        @Schema(example = "2019") int fiscalYear,
        @Schema(description = "MONTH or QUARTER", example = "MONTH") Interval interval,
        @Schema(description = "Every period in order, empty ones included") List<Point> points,
        @Schema(description = "The fiscal year's money of items classified above the reader's clearance, in no period")
        ConfidentialFigure confidential) implements CsvTable.Tabular {

    public enum Interval {
        MONTH, QUARTER
    }

    @Schema(description = "One period")
    public record Point(
            @Schema(description = "YYYY-MM for a month, YYYY-Qn for a quarter", example = "2019-03") String period,
            @Schema(description = "First day of the period", example = "2019-03-01") LocalDate start,
            @Schema(description = "Last day of the period", example = "2019-03-31") LocalDate end,
            @Schema(description = "Net change of the allocations in the period", example = "250000000") long allocatedChangeCents,
            @Schema(description = "Committed in the period", example = "60000000") long committedChangeCents,
            @Schema(description = "Spent (paid) in the period", example = "25000000") long spentChangeCents,
            @Schema(description = "Allocated at the end of the period", example = "700000000") long allocatedCents,
            @Schema(description = "Committed at the end of the period", example = "300000000") long committedCents,
            @Schema(description = "Spent at the end of the period", example = "125000000") long spentCents) {
    }

    public static MoneySeries of(ReportMetadata metadata, int fiscalYear, Interval interval, LocalDate businessDate,
            List<Figures.MonthlyMoney> months, ConfidentialFigure confidential) {
        TreeMap<YearMonth, Amounts> byPeriod = new TreeMap<>();
        for (Figures.MonthlyMoney month : months) {
            byPeriod.merge(periodStart(YearMonth.from(month.month()), interval), month.amounts(), Amounts::plus);
        }
        YearMonth first = periodStart(YearMonth.of(fiscalYear, 1), interval);
        YearMonth last = periodStart(YearMonth.of(fiscalYear, 12), interval);
        if (!byPeriod.isEmpty()) {
            first = min(first, byPeriod.firstKey());
            last = max(last, byPeriod.lastKey());
        }
        last = min(last, periodStart(YearMonth.from(businessDate), interval));
        List<Point> points = new ArrayList<>();
        Amounts total = Amounts.ZERO;
        int step = interval == Interval.MONTH ? 1 : 3;
        for (YearMonth period = first; !period.isAfter(last); period = period.plusMonths(step)) {
            Amounts change = byPeriod.getOrDefault(period, Amounts.ZERO);
            total = total.plus(change);
            points.add(new Point(name(period, interval), period.atDay(1), period.plusMonths(step - 1).atEndOfMonth(),
                    change.allocatedCents(), change.committedCents(), change.spentCents(), total.allocatedCents(),
                    total.committedCents(), total.spentCents()));
        }
        return new MoneySeries(metadata, fiscalYear, interval, points, confidential);
    }

    private static YearMonth periodStart(YearMonth month, Interval interval) {
        return interval == Interval.MONTH ? month : month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1);
    }

    private static String name(YearMonth period, Interval interval) {
        return interval == Interval.MONTH ? period.toString()
                : period.getYear() + "-Q" + ((period.getMonthValue() - 1) / 3 + 1);
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public CsvTable table() {
        return new CsvTable(Arrays.asList("period", "start", "end", "allocatedChangeCents", "committedChangeCents",
                "spentChangeCents", "allocatedCents", "committedCents", "spentCents"),
                points.stream().map(p -> Arrays.<Object>asList(p.period(), p.start().toString(), p.end().toString(),
                        p.allocatedChangeCents(), p.committedChangeCents(), p.spentChangeCents(), p.allocatedCents(),
                        p.committedCents(), p.spentCents())).toList());
    }
}
