package nl.iat.reporting.reports;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import nl.iat.reporting.aggregates.Amounts;
import nl.iat.reporting.aggregates.Dimension;

/**
 * The aggregates as of a moment (ADR 0302): the latest as-of snapshot at or before it plus what
 * changed since, which is at most a day of facts. Money recorded since counts in the groups of its
 * measure as of the moment; a measure whose version changed since moves its money up to the
 * snapshot from its groups then to its groups now. Without a snapshot it is computed from all facts.
 * The same statements take the snapshots, so a snapshot and a report without one agree.
 */
@ApplicationScoped
public class AsOfAggregates {

    /** The money of one fiscal year and group of a dimension. */
    public record MoneyRow(int fiscalYear, String dimension, String groupKey, Amounts amounts) {
    }

    /** The number of measures of one group, status and period (first and last year) of a dimension. */
    public record CountRow(String dimension, String groupKey, String status, int firstYear, int lastYear, long count) {
    }

    /** The latest snapshot at or before the moment, or minus infinity: then every fact counts as "since". */
    private static final String SNAPSHOT = """
            with b as (select coalesce(max(taken_at), '-infinity') as at from as_of_snapshot where taken_at <= :asOf)""";
    private static final String SINCE = " > (select at from b) and %1$s <= :asOf";

    @Inject
    EntityManager entityManager;

    public List<MoneyRow> money(Collection<Dimension> dimensions, Integer fiscalYear, OffsetDateTime asOf) {
        Query query = bind(entityManager.createNativeQuery(moneySql(fiscalYear)), dimensions, fiscalYear, asOf);
        return ((List<?>) query.getResultList()).stream().map(row -> {
            Object[] c = (Object[]) row;
            return new MoneyRow(((Number) c[0]).intValue(), (String) c[1], (String) c[2],
                    new Amounts(Figures.cents(c[3]), Figures.cents(c[4]), Figures.cents(c[5])));
        }).toList();
    }

    public List<CountRow> counts(Collection<Dimension> dimensions, Integer fiscalYear, OffsetDateTime asOf) {
        Query query = bind(entityManager.createNativeQuery(countsSql(fiscalYear)), dimensions, fiscalYear, asOf);
        return ((List<?>) query.getResultList()).stream().map(row -> {
            Object[] c = (Object[]) row;
            return new CountRow((String) c[0], (String) c[1], (String) c[2], ((Number) c[3]).intValue(),
                    ((Number) c[4]).intValue(), Figures.cents(c[5]));
        }).toList();
    }

    /** Takes the snapshot at the moment, of every dimension, from the latest one before it. */
    public void snapshot(OffsetDateTime at) {
        List<Dimension> all = Arrays.asList(Dimension.values());
        bind(entityManager.createNativeQuery("insert into money_snapshot (taken_at, fiscal_year, dimension, group_key,"
                + " allocated_cents, committed_cents, spent_cents) select :asOf, m.* from (" + moneySql(null)
                + ") m where (m.a, m.c, m.s) <> (0, 0, 0)"), all, null, at).executeUpdate();
        bind(entityManager.createNativeQuery("insert into count_snapshot (taken_at, dimension, group_key, status,"
                + " first_year, last_year, measure_count) select :asOf, n.* from (" + countsSql(null) + ") n"), all, null, at)
                .executeUpdate();
        // Last: until now the statements above found the previous snapshot as the latest one.
        bind(entityManager.createNativeQuery("insert into as_of_snapshot (taken_at) values (:asOf)"), null, null, at)
                .executeUpdate();
    }

    /** Deletes the snapshots at or after the moment, in one statement: an event of that time changes them. */
    public void invalidateFrom(OffsetDateTime time) {
        entityManager.createNativeQuery("""
                with moments as (delete from as_of_snapshot where taken_at >= ?1),
                     money as (delete from money_snapshot where taken_at >= ?1)
                delete from count_snapshot where taken_at >= ?1""").setParameter(1, time).executeUpdate();
    }

    private static String moneySql(Integer fiscalYear) {
        String year = fiscalYear == null ? "" : " and fiscal_year = :year";
        String measureGroups = Arrays.stream(Dimension.values()).filter(Dimension::moneyFollowsMeasure)
                .map(d -> "('" + d.name() + "', coalesce(v." + d.sqlKey() + ", '" + Dimension.UNKNOWN + "'))")
                .collect(Collectors.joining(", "));
        return SNAPSHOT + """
                , since as (
                    select measure_id, fiscal_year, priority_line_code, sum(a) a, sum(c) c, sum(s) s from (
                        select measure_id, fiscal_year, priority_line_code, delta_cents a, 0 c, 0 s from allocation_change
                        where occurred_at %1$s
                        union all
                        select measure_id, fiscal_year, priority_line_code, 0,
                               case when kind = 'COMMITMENT' then amount_cents else 0 end,
                               case when kind = 'EXPENDITURE' then amount_cents else 0 end from spending_change
                        where occurred_at %1$s) f
                    group by 1, 2, 3),
                moved as (
                    select distinct measure_id from measure_version
                    where (select at from b) > '-infinity'
                      and (valid_from %2$s or valid_to %3$s)),
                moved_money as (
                    select measure_id, fiscal_year, sum(a) a, sum(c) c, sum(s) s from (
                        select measure_id, fiscal_year, delta_cents a, 0 c, 0 s from allocation_change
                        where measure_id in (select measure_id from moved) and occurred_at <= (select at from b)%4$s
                        union all
                        select measure_id, fiscal_year, 0, case when kind = 'COMMITMENT' then amount_cents else 0 end,
                               case when kind = 'EXPENDITURE' then amount_cents else 0 end from spending_change
                        where measure_id in (select measure_id from moved) and occurred_at <= (select at from b)%4$s) f
                    group by 1, 2),
                measure_money as (
                    select measure_id, fiscal_year, at, sum(a) a, sum(c) c, sum(s) s from (
                        select measure_id, fiscal_year, cast(:asOf as timestamptz) at, a, c, s from since
                        union all
                        select measure_id, fiscal_year, cast(:asOf as timestamptz), a, c, s from moved_money
                        union all
                        select measure_id, fiscal_year, (select at from b), -a, -c, -s from moved_money) d
                    group by 1, 2, 3)
                select fiscal_year, dimension, group_key, sum(a) a, sum(c) c, sum(s) s from (
                    select fiscal_year, dimension, group_key, allocated_cents a, committed_cents c, spent_cents s
                    from money_snapshot where taken_at = (select at from b) and dimension in (:dimensions)%4$s
                    union all
                    select f.fiscal_year, k.dimension, k.group_key, f.a, f.c, f.s from since f
                    cross join lateral (values ('TOTAL', 'TOTAL'), ('PRIORITY_LINE', f.priority_line_code))
                        k(dimension, group_key)
                    where k.dimension in (:dimensions)
                    union all
                    select f.fiscal_year, k.dimension, k.group_key, f.a, f.c, f.s from measure_money f
                    left join lateral (select * from measure_version v where v.measure_id = f.measure_id
                        and v.valid_from <= f.at and (v.valid_to is null or v.valid_to > f.at)) v on true
                    cross join lateral (values %5$s) k(dimension, group_key)
                    where k.dimension in (:dimensions)) x
                group by 1, 2, 3""".formatted(SINCE.formatted("occurred_at") + year, SINCE.formatted("valid_from"),
                SINCE.formatted("valid_to"), year, measureGroups);
    }

    private static String countsSql(Integer fiscalYear) {
        String years = fiscalYear == null ? "" : Figures.YEAR_OVERLAP;
        String groups = Arrays.stream(Dimension.values()).map(d -> "('" + d.name() + "', " + d.sqlKey() + ")")
                .collect(Collectors.joining(", "));
        String changed = """
                select k.dimension, k.group_key, status, cast(coalesce(extract(year from start_date), 0) as integer) fy,
                       cast(coalesce(extract(year from end_date), 9999) as integer) ly, %1$s n
                from measure_version cross join lateral (values %2$s) k(dimension, group_key)
                where k.dimension in (:dimensions) and %3$s""" + years;
        return SNAPSHOT + """
                select dimension, group_key, status, fy, ly, sum(n) from (
                    select dimension, group_key, status, first_year fy, last_year ly, measure_count n from count_snapshot
                    where taken_at = (select at from b) and dimension in (:dimensions)%1$s
                    union all
                    %2$s
                    union all
                    %3$s) x
                group by 1, 2, 3, 4, 5 having sum(n) <> 0""".formatted(
                fiscalYear == null ? "" : " and first_year <= :year and last_year >= :year",
                // versions valid at the moment that began after the snapshot, and those valid at the snapshot that ended since
                changed.formatted("1", groups, "valid_from" + SINCE.formatted("valid_from")
                        + " and (valid_to is null or valid_to > :asOf)"),
                changed.formatted("-1", groups, "valid_to" + SINCE.formatted("valid_to")
                        + " and valid_from <= (select at from b)"));
    }

    private static Query bind(Query query, Collection<Dimension> dimensions, Integer fiscalYear, OffsetDateTime asOf) {
        if (dimensions != null) {
            query.setParameter("dimensions", dimensions.stream().map(Dimension::name).toList());
        }
        return Figures.bind(query, fiscalYear, asOf);
    }
}
