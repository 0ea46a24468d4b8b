package nl.iat.reporting.reports;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import nl.iat.reporting.aggregates.Amounts;
import nl.iat.reporting.aggregates.Dimension;

/**
 * The figures reports are made of. Without {@code asOf} they come from the precomputed aggregates
 * (no history is read); with {@code asOf} from the latest as-of snapshot before that moment and the
 * time-stamped facts since, through the indexes on time (ADR 0300, 0302). Both give the same figures for the same events.
 */
@ApplicationScoped
public class Figures {

    static final String VALID_AS_OF = "valid_from <= :asOf and (valid_to is null or valid_to > :asOf)";
    static final String YEAR_OVERLAP = """
             and coalesce(extract(year from start_date), 0) <= :year
             and coalesce(extract(year from end_date), 9999) >= :year""";

    @Inject
    EntityManager entityManager;

    @Inject
    AsOfAggregates asOfAggregates;

    /** Allocated, committed and spent money per group of the dimension. */
    public Map<String, Amounts> money(Dimension dimension, Integer fiscalYear, OffsetDateTime asOf) {
        return asOf == null ? currentMoney(dimension, fiscalYear) : moneyAsOf(dimension, fiscalYear, asOf);
    }

    /** Number of measures per group of the dimension and per status. */
    public Map<String, Map<String, Long>> counts(Dimension dimension, Integer fiscalYear, OffsetDateTime asOf) {
        return asOf == null ? currentCounts(dimension, fiscalYear) : countsAsOf(dimension, fiscalYear, asOf);
    }

    public long envelope(int fiscalYear, OffsetDateTime asOf) {
        String sql = asOf == null
                ? "select amount_cents from envelope_version where fiscal_year = :year and valid_to is null"
                : """
                  select amount_cents from envelope_version where fiscal_year = :year and valid_from <= :asOf
                  order by valid_from desc, position desc limit 1""";
        List<?> rows = bind(entityManager.createNativeQuery(sql), fiscalYear, asOf).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    public long lined(int fiscalYear, OffsetDateTime asOf) {
        String sql = "select coalesce(sum(amount_cents), 0) from budget_line_version where fiscal_year = :year and "
                + (asOf == null ? "valid_to is null" : VALID_AS_OF);
        return ((Number) bind(entityManager.createNativeQuery(sql), fiscalYear, asOf).getSingleResult()).longValue();
    }

    /** The fiscal years that have an envelope or a budget line at the moment. */
    public List<Integer> fiscalYears(OffsetDateTime asOf) {
        List<?> rows = entityManager.createNativeQuery("""
                select fiscal_year from envelope_version where valid_from <= :asOf
                union select fiscal_year from budget_line_version where valid_from <= :asOf
                order by 1""").setParameter("asOf", asOf).getResultList();
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

    /** The time of the latest event applied, at most asOf. */
    public OffsetDateTime eventsIncludedUpTo(OffsetDateTime asOf) {
        String sql = asOf == null ? "select max(occurred_at) from event_history"
                : "select max(occurred_at) from event_history where occurred_at <= :asOf";
        Query query = entityManager.createNativeQuery(sql, OffsetDateTime.class);
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        return (OffsetDateTime) query.getSingleResult();
    }

    /**
     * Net allocation change per month (and priority line, when asked) with the running total, in
     * month order. Without asOf from the precomputed months; with asOf from the allocation changes.
     */
    public List<AllocationSeries.Point> allocationSeries(Integer fiscalYear, String priorityLineCode,
            boolean perPriorityLine, OffsetDateTime asOf) {
        String source = asOf == null ? "monthly_allocation" : """
                (select cast(date_trunc('month', occurred_at at time zone 'Europe/Amsterdam') as date) as month,
                        fiscal_year, priority_line_code, delta_cents from allocation_change
                 where occurred_at <= :asOf) changes""";
        String line = perPriorityLine ? "priority_line_code" : "cast(null as text)";
        String sql = "select to_char(month, 'YYYY-MM'), " + line + ", sum(delta_cents),"
                + " sum(sum(delta_cents)) over (partition by " + line + " order by month) from " + source
                + " where true" + (fiscalYear == null ? "" : " and fiscal_year = :year")
                + (priorityLineCode == null ? "" : " and priority_line_code = :line")
                + " group by month, " + line + " order by month, 2";
        Query query = bind(entityManager.createNativeQuery(sql), fiscalYear, asOf);
        if (priorityLineCode != null) {
            query.setParameter("line", priorityLineCode);
        }
        return ((List<?>) query.getResultList()).stream().map(row -> {
            Object[] c = (Object[]) row;
            return new AllocationSeries.Point((String) c[0], (String) c[1], cents(c[2]), cents(c[3]));
        }).toList();
    }

    private Map<String, Amounts> currentMoney(Dimension dimension, Integer fiscalYear) {
        String sql = """
                select group_key, sum(allocated_cents), sum(committed_cents), sum(spent_cents) from money_by_group
                where dimension = :dimension""" + (fiscalYear == null ? "" : " and fiscal_year = :year")
                + " group by group_key";
        Query query = bind(entityManager.createNativeQuery(sql), fiscalYear, null)
                .setParameter("dimension", dimension.name());
        return amountsByKey(query.getResultList());
    }

    private Map<String, Amounts> moneyAsOf(Dimension dimension, Integer fiscalYear, OffsetDateTime asOf) {
        Map<String, Amounts> result = new LinkedHashMap<>();
        for (AsOfAggregates.MoneyRow row : asOfAggregates.money(List.of(dimension), fiscalYear, asOf)) {
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
        Query query = bind(entityManager.createNativeQuery(sql), fiscalYear, null)
                .setParameter("dimension", dimension.name());
        return countsByKey(query.getResultList());
    }

    private Map<String, Map<String, Long>> countsAsOf(Dimension dimension, Integer fiscalYear, OffsetDateTime asOf) {
        Map<String, Map<String, Long>> result = new LinkedHashMap<>();
        for (AsOfAggregates.CountRow row : asOfAggregates.counts(List.of(dimension), fiscalYear, asOf)) {
            result.computeIfAbsent(row.groupKey(), k -> new HashMap<>()).merge(row.status(), row.count(), Long::sum);
        }
        return result;
    }

    static Query bind(Query query, Integer fiscalYear, OffsetDateTime asOf) {
        if (fiscalYear != null) {
            query.setParameter("year", fiscalYear);
        }
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        return query;
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

    static long cents(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
