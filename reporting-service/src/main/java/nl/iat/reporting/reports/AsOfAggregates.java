package nl.iat.reporting.reports;

import java.time.LocalDate;
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
 * The aggregates on a business date as known at a moment (ADR 0302, 0304): the latest as-of snapshot
 * on or before the date that the moment already knew in full (its {@code based_on} at or before
 * knownAt), plus what took effect since, as known then. Money since counts in the groups of its
 * measure's version valid then; a measure whose version changed since moves its money up to the
 * snapshot from its groups then to its groups on the date. Without a snapshot every fact counts as
 * "since", which is the full computation. The same statements take the snapshots.
 */
@ApplicationScoped
public class AsOfAggregates {

    /** The money of one fiscal year and group of a dimension. */
    public record MoneyRow(int fiscalYear, String dimension, String groupKey, Amounts amounts) {
    }

    /** The number of measures of one group, status and period (first and last year) of a dimension. */
    public record CountRow(String dimension, String groupKey, String status, int firstYear, int lastYear, long count) {
    }

    private static final String SNAPSHOT = """
            with b as (select coalesce(max(business_day), '-infinity') as day from as_of_snapshot
                       where business_day <= :asOf and based_on <= :knownAt)""";
    /** Took effect after the snapshot's day, by asOf, and recorded by knownAt. */
    private static final String SINCE = "effective_on > (select day from b) and effective_on <= :asOf and recorded_at <= :knownAt";
    /** A version valid on the date {@code at} as known at knownAt (ReportTime.VERSION_VALID for another date). */
    private static final String VALID_AT = """
            v.effective_on <= f.at and v.recorded_at <= :knownAt
            and (v.next_recorded_at is null or v.next_recorded_at > :knownAt or v.next_effective_on > f.at)""";
    private static final String MONEY_FACTS = """
            select measure_id, fiscal_year, priority_line_code, delta_cents a, 0 c, 0 s from allocation_change
            where %1$s
            union all
            select measure_id, fiscal_year, priority_line_code, 0,
                   case when kind = 'COMMITMENT' then amount_cents else 0 end,
                   case when kind = 'EXPENDITURE' then amount_cents else 0 end from spending_change
            where %1$s""";

    @Inject
    EntityManager entityManager;

    public List<MoneyRow> money(Collection<Dimension> dimensions, Integer fiscalYear, ReportTime time) {
        Query query = bind(entityManager.createNativeQuery(moneySql(fiscalYear)), dimensions, fiscalYear,
                time.businessDate(), time.knowledge());
        return ((List<?>) query.getResultList()).stream().map(row -> {
            Object[] c = (Object[]) row;
            return new MoneyRow(((Number) c[0]).intValue(), (String) c[1], (String) c[2],
                    new Amounts(Figures.cents(c[3]), Figures.cents(c[4]), Figures.cents(c[5])));
        }).toList();
    }

    public List<CountRow> counts(Collection<Dimension> dimensions, Integer fiscalYear, ReportTime time) {
        Query query = bind(entityManager.createNativeQuery(countsSql(fiscalYear)), dimensions, fiscalYear,
                time.businessDate(), time.knowledge());
        return ((List<?>) query.getResultList()).stream().map(row -> {
            Object[] c = (Object[]) row;
            return new CountRow((String) c[0], (String) c[1], (String) c[2], ((Number) c[3]).intValue(),
                    ((Number) c[4]).intValue(), Figures.cents(c[5]));
        }).toList();
    }

    /**
     * Takes the snapshot at the end of the business day, as known now, from the latest one before it;
     * it is based on the latest recording time of the facts and versions in effect by then.
     */
    public void snapshot(LocalDate day) {
        List<Dimension> all = Arrays.asList(Dimension.values());
        bind(entityManager.createNativeQuery("insert into money_snapshot (business_day, fiscal_year, dimension, group_key,"
                + " allocated_cents, committed_cents, spent_cents) select :asOf, m.* from (" + moneySql(null)
                + ") m where (m.a, m.c, m.s) <> (0, 0, 0)"), all, null, day, ReportTime.END_OF_TIME).executeUpdate();
        bind(entityManager.createNativeQuery("insert into count_snapshot (business_day, dimension, group_key, status,"
                + " first_year, last_year, measure_count) select :asOf, n.* from (" + countsSql(null) + ") n"), all, null,
                day, ReportTime.END_OF_TIME).executeUpdate();
        // Last: until now the statements above found the previous snapshot as the latest one.
        bind(entityManager.createNativeQuery(SNAPSHOT + """
                insert into as_of_snapshot (business_day, based_on)
                select :asOf, coalesce(greatest(
                    (select based_on from as_of_snapshot where business_day = (select day from b)),
                    (select max(recorded_at) from allocation_change where %1$s),
                    (select max(recorded_at) from spending_change where %1$s),
                    (select max(recorded_at) from measure_version where %1$s)), '-infinity')""".formatted(SINCE)),
                null, null, day, ReportTime.END_OF_TIME).executeUpdate();
    }

    /** Deletes the snapshots on or after the business date, in one statement: a fact of that date changes them. */
    public void invalidateFrom(LocalDate day) {
        entityManager.createNativeQuery("""
                with days as (delete from as_of_snapshot where business_day >= ?1),
                     money as (delete from money_snapshot where business_day >= ?1)
                delete from count_snapshot where business_day >= ?1""").setParameter(1, day).executeUpdate();
    }

    private static String moneySql(Integer fiscalYear) {
        String year = fiscalYear == null ? "" : " and fiscal_year = :year";
        String measureGroups = Arrays.stream(Dimension.values()).filter(Dimension::moneyFollowsMeasure)
                .map(d -> "('" + d.name() + "', coalesce(v." + d.sqlKey() + ", '" + Dimension.UNKNOWN + "'))")
                .collect(Collectors.joining(", "));
        return SNAPSHOT + """
                , since as (
                    select measure_id, fiscal_year, priority_line_code, sum(a) a, sum(c) c, sum(s) s from (%1$s) f
                    group by 1, 2, 3),
                moved as (
                    select distinct measure_id from measure_version
                    where (select day from b) > '-infinity' and %2$s),
                moved_money as (
                    select measure_id, fiscal_year, sum(a) a, sum(c) c, sum(s) s from (%3$s) f
                    group by 1, 2),
                measure_money as (
                    select measure_id, fiscal_year, at, sum(a) a, sum(c) c, sum(s) s from (
                        select measure_id, fiscal_year, cast(:asOf as date) at, a, c, s from since
                        union all
                        select measure_id, fiscal_year, cast(:asOf as date), a, c, s from moved_money
                        union all
                        select measure_id, fiscal_year, (select day from b), -a, -c, -s from moved_money) d
                    group by 1, 2, 3)
                select fiscal_year, dimension, group_key, sum(a) a, sum(c) c, sum(s) s from (
                    select fiscal_year, dimension, group_key, allocated_cents a, committed_cents c, spent_cents s
                    from money_snapshot where business_day = (select day from b) and dimension in (:dimensions)%4$s
                    union all
                    select f.fiscal_year, k.dimension, k.group_key, f.a, f.c, f.s from since f
                    cross join lateral (values ('TOTAL', 'TOTAL'), ('PRIORITY_LINE', f.priority_line_code))
                        k(dimension, group_key)
                    where k.dimension in (:dimensions)
                    union all
                    select f.fiscal_year, k.dimension, k.group_key, f.a, f.c, f.s from measure_money f
                    left join lateral (select * from measure_version v where v.measure_id = f.measure_id and %5$s) v on true
                    cross join lateral (values %6$s) k(dimension, group_key)
                    where k.dimension in (:dimensions)) x
                group by 1, 2, 3""".formatted(MONEY_FACTS.formatted(SINCE + year), SINCE,
                MONEY_FACTS.formatted("measure_id in (select measure_id from moved) and effective_on <= (select day from b)"
                        + year),
                year, VALID_AT, measureGroups);
    }

    private static String countsSql(Integer fiscalYear) {
        String years = fiscalYear == null ? "" : " " + Figures.YEAR_OVERLAP;
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
                    where business_day = (select day from b) and dimension in (:dimensions)%1$s
                    union all
                    %2$s
                    union all
                    %3$s) x
                group by 1, 2, 3, 4, 5 having sum(n) <> 0""".formatted(
                fiscalYear == null ? "" : " and first_year <= :year and last_year >= :year",
                // versions valid on the date that took effect after the snapshot's day ...
                changed.formatted("1", groups, SINCE
                        + " and (next_recorded_at is null or next_recorded_at > :knownAt or next_effective_on > :asOf)"),
                // ... and versions valid on the snapshot's day whose successor took effect since
                changed.formatted("-1", groups, """
                        recorded_at <= :knownAt and effective_on <= (select day from b) and next_recorded_at <= :knownAt
                        and next_effective_on > (select day from b) and next_effective_on <= :asOf"""));
    }

    private static Query bind(Query query, Collection<Dimension> dimensions, Integer fiscalYear, LocalDate asOf,
            java.time.OffsetDateTime knownAt) {
        if (dimensions != null) {
            query.setParameter("dimensions", dimensions.stream().map(Dimension::name).toList());
        }
        if (fiscalYear != null) {
            query.setParameter("year", fiscalYear);
        }
        return query.setParameter("asOf", asOf).setParameter("knownAt", knownAt);
    }
}
