package nl.iat.reporting.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.iat.platform.events.ConsumerLag;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.persistence.ReadOnlyTransaction;
import nl.iat.reporting.disclosure.ConfidentialAmounts;
import nl.iat.reporting.disclosure.ConfidentialFigure;
import nl.iat.reporting.disclosure.Disclosure;
import nl.iat.reporting.totals.Amounts;
import nl.iat.reporting.totals.Dimension;
import nl.iat.reporting.events.ConsumedTopics;
import nl.iat.reporting.reports.AllocationSeries;
import nl.iat.reporting.reports.Balance;
import nl.iat.reporting.reports.Breakdown;
import nl.iat.reporting.reports.BreakdownRow;
import nl.iat.reporting.reports.Figures;
import nl.iat.reporting.reports.MeasureCriteria;
import nl.iat.reporting.reports.MeasureQueries;
import nl.iat.reporting.reports.MoneySeries;
import nl.iat.reporting.reports.Overview;
import nl.iat.reporting.reports.ReportMetadata;
import nl.iat.reporting.reports.ReportTime;
import nl.iat.reporting.reports.StatusCounts;

/** The dashboard reports: overview, breakdowns, balance and series, now or on a date as known at a moment. */
@ApplicationScoped
public class ReportService {

    @Inject
    Figures figures;

    @Inject
    ConsumerLag consumerLag;

    @Inject
    ConsumedTopics topics;

    @Inject
    MeasureQueries measures;

    @Inject
    Disclosure disclosure;

    @ReadOnlyTransaction
    public Overview overview(int fiscalYear, ReportTime time) {
        long envelope = figures.envelope(fiscalYear, time);
        long lined = figures.lined(fiscalYear, time);
        Amounts money = figures.money(Dimension.TOTAL, fiscalYear, time).getOrDefault("TOTAL", Amounts.ZERO);
        StatusCounts statuses = StatusCounts.of(figures.counts(Dimension.TOTAL, fiscalYear, time)
                .getOrDefault("TOTAL", Map.of()));
        ConfidentialFigure confidential = disclosure.confidential(fiscalYear, time);
        disclosure.recordReadsOfTable(fiscalYear, time);
        ConfidentialAmounts hidden = confidential.amounts();
        long allLined = lined + hidden.linedCents();
        long allocated = money.allocatedCents() + hidden.allocatedCents();
        return new Overview(metadata(time), fiscalYear, envelope, allLined, allocated,
                money.committedCents() + hidden.committedCents(), money.spentCents() + hidden.spentCents(),
                envelope - allLined, envelope - allocated, statuses, confidential);
    }

    @ReadOnlyTransaction
    public Breakdown breakdown(Dimension dimension, Integer fiscalYear, ReportTime time,
            Comparator<BreakdownRow> order, PageRequest paging) {
        List<BreakdownRow> rows = breakdownRows(dimension, fiscalYear, time);
        rows.sort(order.thenComparing(BreakdownRow::groupKey));
        List<BreakdownRow> page = rows.stream().skip(paging.offset()).limit(paging.pageSize).toList();
        ConfidentialFigure confidential = disclosure.confidential(fiscalYear, time);
        disclosure.recordReadsOfTable(fiscalYear, time);
        return new Breakdown(metadata(time), dimension.pathName(), fiscalYear, total(rows, confidential.amounts()),
                Page.of(page, paging, rows.size()), confidential);
    }

    /** Every group of the dimension with its money and measures, in no particular order. */
    public List<BreakdownRow> breakdownRows(Dimension dimension, Integer fiscalYear, ReportTime time) {
        Map<String, Amounts> money = dimension.carriesMoney() ? figures.money(dimension, fiscalYear, time) : Map.of();
        Map<String, Map<String, Long>> counts = figures.counts(dimension, fiscalYear, time);
        Map<String, String> labels = figures.labels(dimension);
        List<BreakdownRow> rows = new ArrayList<>();
        for (String key : new TreeSet<>(union(money.keySet(), counts.keySet()))) {
            Amounts amounts = money.getOrDefault(key, Amounts.ZERO);
            StatusCounts statuses = StatusCounts.of(counts.getOrDefault(key, Map.of()));
            if (amounts.equals(Amounts.ZERO) && statuses.total() == 0) {
                continue; // a group all money and measures have left
            }
            rows.add(new BreakdownRow(key, labels.getOrDefault(key, key), amounts.allocatedCents(),
                    amounts.committedCents(), amounts.spentCents(), statuses.total(), statuses));
        }
        return rows;
    }

    @Transactional
    public Balance balance(Integer fiscalYear, ReportTime time) {
        List<BreakdownRow> approaches = breakdownRows(Dimension.APPROACH, fiscalYear, time);
        long allMoney = approaches.stream().mapToLong(BreakdownRow::allocatedCents).sum();
        long allMeasures = approaches.stream().mapToLong(BreakdownRow::measureCount).sum();
        List<Balance.ApproachShare> shares = approaches.stream().map(row -> new Balance.ApproachShare(row.groupKey(),
                row.allocatedCents(), percent(row.allocatedCents(), allMoney), row.measureCount(),
                percent(row.measureCount(), allMeasures))).toList();
        List<Balance.ImpactLevelCount> impactLevels = breakdownRows(Dimension.IMPACT_LEVEL, fiscalYear, time).stream()
                .map(row -> new Balance.ImpactLevelCount(row.groupKey(), row.measureCount())).toList();
        LocalDate referenceDate = time.businessDate();
        long unjustified = measures.count(new MeasureCriteria(null, null, null, null, null, null, "HIGH", false, null, null),
                time) - measures.count(new MeasureCriteria("CANCELLED", null, null, null, null, null, "HIGH", false, null,
                        null), time);
        long overdueReviews = measures.count(new MeasureCriteria(null, null, null, null, null, null, null, null,
                referenceDate, true), time);
        return new Balance(metadata(time), fiscalYear, referenceDate, shares, impactLevels, unjustified, overdueReviews,
                measures.countOverdueMilestones(time));
    }

    @Transactional
    public AllocationSeries allocationSeries(Integer fiscalYear, String priorityLineCode, boolean perPriorityLine,
            ReportTime time, PageRequest paging) {
        disclosure.recordReadsOfTable(fiscalYear, time);
        List<AllocationSeries.Point> points = AllocationSeries.points(
                figures.monthlyMoney(fiscalYear, priorityLineCode, perPriorityLine, time));
        return new AllocationSeries(metadata(time), fiscalYear, perPriorityLine, Page.of(points.stream()
                .skip(paging.offset()).limit(paging.pageSize).toList(), paging, points.size()),
                disclosure.confidential(fiscalYear, time));
    }

    /** Allocated, committed and spent money of a fiscal year per business month or quarter, cumulative. */
    @Transactional
    public MoneySeries moneySeries(int fiscalYear, MoneySeries.Interval interval, ReportTime time) {
        disclosure.recordReadsOfTable(fiscalYear, time);
        return MoneySeries.of(metadata(time), fiscalYear, interval, time.businessDate(),
                figures.monthlyMoney(fiscalYear, null, false, time), disclosure.confidential(fiscalYear, time));
    }

    public ReportMetadata metadata(ReportTime time) {
        return new ReportMetadata(time.asOfMoment(), time.businessDate(), time.knownAt(), OffsetDateTime.now(ZoneOffset.UTC),
                figures.eventsIncludedUpTo(time), consumerLag.messages(topics.groupId()).orElse(null));
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_EVEN);
    }

    /** The sums over the groups, plus the confidential money that is in none of them. */
    private static BreakdownRow total(List<BreakdownRow> rows, ConfidentialAmounts confidential) {
        long allocated = confidential.allocatedCents();
        long committed = confidential.committedCents();
        long spent = confidential.spentCents();
        long[] statuses = new long[5];
        for (BreakdownRow row : rows) {
            allocated += row.allocatedCents();
            committed += row.committedCents();
            spent += row.spentCents();
            StatusCounts s = row.measuresByStatus();
            statuses[0] += s.proposed();
            statuses[1] += s.approved();
            statuses[2] += s.inProgress();
            statuses[3] += s.completed();
            statuses[4] += s.cancelled();
        }
        StatusCounts sum = new StatusCounts(statuses[0], statuses[1], statuses[2], statuses[3], statuses[4]);
        return new BreakdownRow("TOTAL", "Total", allocated, committed, spent, sum.total(), sum);
    }

    private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> keys = new TreeSet<>(a);
        keys.addAll(b);
        return keys;
    }
}
