package nl.iat.reporting.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import nl.iat.reporting.disclosure.Disclosure;
import nl.iat.reporting.totals.Amounts;
import nl.iat.reporting.totals.Dimension;

/**
 * The figures reports are made of. The latest figures come from the precomputed totals (no history
 * is read); on another business date or as known at another moment, from the latest as-of snapshot
 * and the facts since, through the indexes on business time (ADR 0300, 0302, 0304). Both give the same
 * figures for the same events.
 */
@ApplicationScoped
public class Figures {

    public static final String YEAR_OVERLAP = """
             and coalesce(extract(year from start_date), 0) <= :year
             and coalesce(extract(year from end_date), 9999) >= :year""";

    @Inject
    EntityManager entityManager;

    @Inject
    AsOfTotals asOfTotals;

    @Inject
    Disclosure disclosure;

    /** Allocated, committed and spent money per group of the dimension, without what the reader may not see. */
    public Map<String, Amounts> money(Dimension dimension, Integer fiscalYear, ReportTime time) {
        Map<String, Amounts> money = time.isLatest() ? currentMoney(dimension, fiscalYear) : moneyAsOf(dimension, fiscalYear, time);
        if (disclosure.hidesAnything(time)) {
            disclosure.money(dimension, fiscalYear, time).forEach((key, hidden) -> money.merge(key, hidden.negated(), Amounts::plus));
        }
        return money;
    }

    /** Number of measures per group of the dimension and per status, without the measures the reader may not see. */
    public Map<String, Map<String, Long>> counts(Dimension dimension, Integer fiscalYear, ReportTime time) {
        Map<String, Map<String, Long>> counts = time.isLatest() ? currentCounts(dimension, fiscalYear)
                : countsAsOf(dimension, fiscalYear, time);
        if (disclosure.hidesAnything(time)) {
            disclosure.counts(dimension, fiscalYear, time).forEach((key, statuses) -> statuses.forEach((status, hidden) ->
                    counts.computeIfAbsent(key, k -> new HashMap<>()).merge(status, -hidden, Long::sum)));
        }
        return counts;
    }

    public long envelope(int fiscalYear, ReportTime time) {
        String sql = "select amount_cents from envelope_version where fiscal_year = :year and " + time.versionCondition();
        List<?> rows = time.bindUnlessLatest(entityManager.createNativeQuery(sql).setParameter("year", fiscalYear))
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    public long lined(int fiscalYear, ReportTime time) {
        String sql = "select coalesce(sum(amount_cents), 0) from budget_line_version where fiscal_year = :year and "
                + time.versionCondition();
        long lined = ((Number) time.bindUnlessLatest(entityManager.createNativeQuery(sql).setParameter("year", fiscalYear))
                .getSingleResult()).longValue();
        return disclosure.hidesAnything(time) ? lined - disclosure.lined(fiscalYear, time) : lined;
    }

    /** The fiscal years that have an envelope or a budget line on the date, as known then. */
    public List<Integer> fiscalYears(ReportTime time) {
        List<?> rows = time.bind(entityManager.createNativeQuery("""
                select fiscal_year from envelope_version where %1$s
                union select fiscal_year from budget_line_version where %1$s
                order by 1""".formatted(ReportTime.FACT_INCLUDED))).getResultList();
        return rows.stream().map(year -> ((Number) year).intValue()).toList();
    }

    public Map<String, String> labels(Dimension dimension) {
        Map<String, String> labels = new HashMap<>();
        for (Object row : entityManager.createNativeQuery("select group_key, label from group_label where dimension = ?1")
                .setParameter(1, dimension.name()).getResultList()) {
            Object[] columns = (Object[]) row;
            labels.put((String) columns[0], (String) columns[1]);
        }
        return labels;
    }

    /** The recording time of the latest event applied, at most knownAt. */
    public OffsetDateTime eventsIncludedUpTo(ReportTime time) {
        // No result class: Hibernate's plan cache never matched a native query's key with one, so every
        // report added a plan to one overfull bucket and searched it (two thirds of an overview's CPU).
        Object latest = entityManager.createNativeQuery(
                "select max(occurred_at) from event_history where occurred_at <= :knownAt")
                .setParameter("knownAt", time.knowledge()).getSingleResult();
        return latest == null ? null : time(latest);
    }

    /**
     * Money per business month (and priority line, when asked): the change in the month and the running
     * total, in month order. The latest figures from the precomputed months; otherwise from the facts.
     */
    public List<MonthlyMoney> monthlyMoney(Integer fiscalYear, String priorityLineCode, boolean perPriorityLine,
            ReportTime time) {
        String source = time.isLatest() ? "monthly_money" : """
                (select cast(date_trunc('month', effective_on) as date) as month, fiscal_year, priority_line_code,
                        delta_cents allocated_cents, 0 committed_cents, 0 spent_cents
                 from allocation_change where %1$s
                 union all
                 select cast(date_trunc('month', effective_on) as date), fiscal_year, priority_line_code, 0,
                        case when kind = 'COMMITMENT' then amount_cents else 0 end,
                        case when kind = 'EXPENDITURE' then amount_cents else 0 end
                 from spending_change where %1$s) facts""".formatted(ReportTime.FACT_INCLUDED);
        String line = perPriorityLine ? "priority_line_code" : "cast(null as text)";
        String sql = "select month, " + line + ", sum(allocated_cents), sum(committed_cents), sum(spent_cents) from "
                + source + " where true" + (fiscalYear == null ? "" : " and fiscal_year = :year")
                + (priorityLineCode == null ? "" : " and priority_line_code = :line")
                + " group by month, " + line + " order by month, 2";
        Query query = time.bindUnlessLatest(entityManager.createNativeQuery(sql));
        if (fiscalYear != null) {
            query.setParameter("year", fiscalYear);
        }
        if (priorityLineCode != null) {
            query.setParameter("line", priorityLineCode);
        }
        List<MonthlyMoney> months = new ArrayList<>(((List<?>) query.getResultList()).stream().map(row -> {
            Object[] c = (Object[]) row;
            return new MonthlyMoney(date(c[0]), (String) c[1], new Amounts(cents(c[2]), cents(c[3]), cents(c[4])));
        }).toList());
        if (!disclosure.hidesAnything(time)) {
            return months;
        }
        disclosure.monthlyMoney(fiscalYear, priorityLineCode, perPriorityLine, time).forEach(hidden ->
                months.add(new MonthlyMoney(hidden.month(), hidden.priorityLineCode(), hidden.amounts().negated())));
        return inMonthOrder(months);
    }

    /** One entry per month (and priority line), in month order, the amounts of equal months added up. */
    private static List<MonthlyMoney> inMonthOrder(List<MonthlyMoney> months) {
        Map<List<Object>, MonthlyMoney> merged = new LinkedHashMap<>();
        for (MonthlyMoney month : months) {
            merged.merge(Arrays.asList(month.month(), month.priorityLineCode()), month, (a, b) ->
                    new MonthlyMoney(a.month(), a.priorityLineCode(), a.amounts().plus(b.amounts())));
        }
        return merged.values().stream().sorted(Comparator.comparing(MonthlyMoney::month)
                .thenComparing(MonthlyMoney::priorityLineCode, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    /** The money that took effect in one business month (of one priority line, or of all). */
    public record MonthlyMoney(LocalDate month, String priorityLineCode, Amounts amounts) {
    }

    private Map<String, Amounts> currentMoney(Dimension dimension, Integer fiscalYear) {
        String sql = """
                select group_key, sum(allocated_cents), sum(committed_cents), sum(spent_cents) from money_by_group
                where dimension = :dimension""" + (fiscalYear == null ? "" : " and fiscal_year = :year")
                + " group by group_key";
        Query query = bind(entityManager.createNativeQuery(sql), fiscalYear)
                .setParameter("dimension", dimension.name());
        return amountsByKey(query.getResultList());
    }

    private Map<String, Amounts> moneyAsOf(Dimension dimension, Integer fiscalYear, ReportTime time) {
        Map<String, Amounts> result = new LinkedHashMap<>();
        for (AsOfTotals.MoneyRow row : asOfTotals.money(List.of(dimension), fiscalYear, time)) {
            result.merge(row.groupKey(), row.amounts(), Amounts::plus);
        }
        return result;
    }

    private Map<String, Map<String, Long>> currentCounts(Dimension dimension, Integer fiscalYear) {
        String sql = """
                select group_key, status, sum(measure_count) from measure_count_by_group
                where dimension = :dimension""" + (fiscalYear == null ? ""
                : " and first_year <= :year and last_year >= :year")
                + " group by group_key, status having sum(measure_count) > 0";
        Query query = bind(entityManager.createNativeQuery(sql), fiscalYear)
                .setParameter("dimension", dimension.name());
        return countsByKey(query.getResultList());
    }

    private Map<String, Map<String, Long>> countsAsOf(Dimension dimension, Integer fiscalYear, ReportTime time) {
        Map<String, Map<String, Long>> result = new LinkedHashMap<>();
        for (AsOfTotals.CountRow row : asOfTotals.counts(List.of(dimension), fiscalYear, time)) {
            result.computeIfAbsent(row.groupKey(), k -> new HashMap<>()).merge(row.status(), row.count(), Long::sum);
        }
        return result;
    }

    private static Query bind(Query query, Integer fiscalYear) {
        return fiscalYear == null ? query : query.setParameter("year", fiscalYear);
    }

    private static Map<String, Amounts> amountsByKey(List<?> rows) {
        Map<String, Amounts> result = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            result.put((String) c[0], new Amounts(cents(c[1]), cents(c[2]), cents(c[3])));
        }
        return result;
    }

    private static Map<String, Map<String, Long>> countsByKey(List<?> rows) {
        Map<String, Map<String, Long>> result = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            result.computeIfAbsent((String) c[0], k -> new HashMap<>()).merge((String) c[1], cents(c[2]), Long::sum);
        }
        return result;
    }

    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }

    public static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    static long cents(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
