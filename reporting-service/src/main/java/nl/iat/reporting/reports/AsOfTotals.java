package nl.iat.reporting.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import nl.iat.reporting.totals.Amounts;
import nl.iat.reporting.totals.Dimension;
import nl.iat.reporting.events.BusinessDates;

/**
 * The totals on a business date as known at a moment (ADR 0302, 0304). They start from the latest
 * as-of snapshot, the totals at the end of a business day D as known now, on or before both asOf
 * and knownAt's date, and correct it:
 * <ul>
 * <li>money that took effect after D, by asOf, and was known at knownAt is added;</li>
 * <li>money that took effect by D but was recorded after knownAt is taken off: late facts (a partial
 * index) and those of the last days before knownAt (facts are recorded within days unless late);</li>
 * <li>a measure whose version on D as known now differs from its version on asOf as known at knownAt
 * ("moved") has all its snapshot money and count taken off and its money and count then added.</li>
 * </ul>
 * Without a snapshot (D is minus infinity) every measure is moved and every fact counts: the full
 * computation. The same statements take the snapshots, so a snapshot and a report without one agree.
 */
@ApplicationScoped
public class AsOfTotals {

    /** The money of one fiscal year and group of a dimension. */
    public record MoneyRow(int fiscalYear, String dimension, String groupKey, Amounts amounts) {
    }

    /** The number of measures of one group, status and period (first and last year) of a dimension. */
    public record CountRow(String dimension, String groupKey, String status, int firstYear, int lastYear, long count) {
    }

    private static final String SNAPSHOT = """
            with b as (select coalesce(max(business_day), '-infinity') as day from as_of_snapshot
                       where business_day <= least(cast(:asOf as date), cast(:knownDay as date)))""";
    /** Took effect after the snapshot's day, by asOf, and known at knownAt. */
    private static final String SINCE = "effective_on > (select day from b) and effective_on <= :asOf and recorded_at <= :knownAt";
    /** Took effect by the snapshot's day, recorded after knownAt: late, or recorded within days (two index ranges). */
    private static final String UNKNOWN_LATE = "late and recorded_at > :knownAt and effective_on <= (select day from b)";
    private static final String UNKNOWN_RECENT = "not late and effective_on >= :recentFrom"
            + " and effective_on <= (select day from b) and recorded_at > :knownAt";
    /** The version valid on {@code f.at} as known at {@code f.known}. */
    private static final String VALID_AT = """
            v.effective_on <= f.at and v.recorded_at <= f.known
            and (v.next_recorded_at is null or v.next_recorded_at > f.known or v.next_effective_on > f.at)""";
    private static final String MONEY_FACTS = """
            select measure_id, fiscal_year, priority_line_code, delta_cents a, 0 c, 0 s from allocation_change
            where %1$s
            union all
            select measure_id, fiscal_year, priority_line_code, 0,
                   case when kind = 'COMMITMENT' then amount_cents else 0 end,
                   case when kind = 'EXPENDITURE' then amount_cents else 0 end from spending_change
            where %1$s""";
    /** Measures whose version may differ between the snapshot's day (as known now) and asOf as known at knownAt. */
    private static final String MOVED = """
            , moved as (
                select measure_id from measure_version where %1$s
                union
                select measure_id from measure_version where %2$s
                union
                select measure_id from measure_version where %3$s)
            , the_snapshot as (select (select day from b) as at, cast(:endOfTime as timestamptz) as known)
            , the_report as (select cast(:asOf as date) as at, cast(:knownAt as timestamptz) as known)"""
            .formatted(SINCE, UNKNOWN_LATE, UNKNOWN_RECENT);

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

    /** Takes the snapshot at the end of the business day, as known now, from the latest one before it. */
    public void snapshot(LocalDate day) {
        List<Dimension> all = Arrays.asList(Dimension.values());
        bind(entityManager.createNativeQuery("insert into money_snapshot (business_day, fiscal_year, dimension, group_key,"
                + " allocated_cents, committed_cents, spent_cents) select :asOf, m.* from (" + moneySql(null)
                + ") m where (m.a, m.c, m.s) <> (0, 0, 0)"), all, null, day, ReportTime.END_OF_TIME).executeUpdate();
        bind(entityManager.createNativeQuery("insert into count_snapshot (business_day, dimension, group_key, status,"
                + " first_year, last_year, measure_count) select :asOf, n.* from (" + countsSql(null) + ") n"), all, null,
                day, ReportTime.END_OF_TIME).executeUpdate();
        // Last: until now the statements above found the previous snapshot as the latest one.
        entityManager.createNativeQuery("insert into as_of_snapshot (business_day) values (?1)").setParameter(1, day)
                .executeUpdate();
    }

    /** Deletes the snapshots on or after the business date, in one statement: a fact of that date changes them. */
    public void invalidateFrom(LocalDate day) {
        // Most facts take effect after the latest snapshot. Asking the small table of snapshot days first
        // spares the snapshot tables a scan per event: for a range the planner expects a third of their
        // rows and scans them whole (issue 19). Equivalent, as all three are written in one transaction.
        if (!hasSnapshotFrom(day)) {
            return;
        }
        entityManager.createNativeQuery("""
                with days as (delete from as_of_snapshot where business_day >= ?1),
                     money as (delete from money_snapshot where business_day >= ?1)
                delete from count_snapshot where business_day >= ?1""").setParameter(1, day).executeUpdate();
    }

    private boolean hasSnapshotFrom(LocalDate day) {
        return (Boolean) entityManager.createNativeQuery(
                "select exists (select 1 from as_of_snapshot where business_day >= ?1)").setParameter(1, day)
                .getSingleResult();
    }

    private static String moneySql(Integer fiscalYear) {
        String year = fiscalYear == null ? "" : " and fiscal_year = :year";
        String measureGroups = Arrays.stream(Dimension.values()).filter(Dimension::moneyFollowsMeasure)
                .map(d -> "('" + d.name() + "', coalesce(v." + d.sqlKey() + ", '" + Dimension.UNKNOWN + "'))")
                .collect(Collectors.joining(", "));
        String notMoved = " and measure_id not in (select measure_id from moved)";
        return SNAPSHOT + MOVED + """
                , delta as (
                    select measure_id, fiscal_year, priority_line_code, at, known, sum(a) a, sum(c) c, sum(s) s from (
                        select f.*, r.* from (%1$s) f, the_report r
                        union all
                        select measure_id, fiscal_year, priority_line_code, -a, -c, -s, r.* from (%2$s) f, the_report r
                        union all
                        select measure_id, fiscal_year, priority_line_code, -a, -c, -s, r.* from (%3$s) f, the_report r
                        union all
                        select measure_id, fiscal_year, priority_line_code, -a, -c, -s, n.* from (%4$s) f, the_snapshot n
                        union all
                        select f.*, r.* from (%5$s) f, the_report r) d
                    group by 1, 2, 3, 4, 5)
                select fiscal_year, dimension, group_key, sum(a) a, sum(c) c, sum(s) s from (
                    select fiscal_year, dimension, group_key, allocated_cents a, committed_cents c, spent_cents s
                    from money_snapshot where business_day = (select day from b) and dimension in (:dimensions)%6$s
                    union all
                    select f.fiscal_year, k.dimension, k.group_key, f.a, f.c, f.s from delta f
                    left join lateral (select * from measure_version v where v.measure_id = f.measure_id and %7$s) v on true
                    cross join lateral (values ('TOTAL', 'TOTAL'), ('PRIORITY_LINE', f.priority_line_code), %8$s)
                        k(dimension, group_key)
                    where k.dimension in (:dimensions)) x
                group by 1, 2, 3""".formatted(
                MONEY_FACTS.formatted(SINCE + year + notMoved),
                MONEY_FACTS.formatted(UNKNOWN_LATE + year + notMoved),
                MONEY_FACTS.formatted(UNKNOWN_RECENT + year + notMoved),
                MONEY_FACTS.formatted("measure_id in (select measure_id from moved) and effective_on <= (select day from b)"
                        + year),
                MONEY_FACTS.formatted("measure_id in (select measure_id from moved) and effective_on <= :asOf"
                        + " and recorded_at <= :knownAt" + year),
                year, VALID_AT, measureGroups);
    }

    private static String countsSql(Integer fiscalYear) {
        String years = fiscalYear == null ? "" : " " + Figures.YEAR_OVERLAP;
        String groups = Arrays.stream(Dimension.values()).map(d -> "('" + d.name() + "', " + d.sqlKey() + ")")
                .collect(Collectors.joining(", "));
        String versions = """
                select k.dimension, k.group_key, v.status, cast(coalesce(extract(year from v.start_date), 0) as integer) fy,
                       cast(coalesce(extract(year from v.end_date), 9999) as integer) ly, %1$s n
                from moved m cross join %2$s f
                join measure_version v on v.measure_id = m.measure_id and %3$s
                cross join lateral (values %4$s) k(dimension, group_key)
                where k.dimension in (:dimensions)""" + years;
        return SNAPSHOT + MOVED + """
                select dimension, group_key, status, fy, ly, sum(n) from (
                    select dimension, group_key, status, first_year fy, last_year ly, measure_count n from count_snapshot
                    where business_day = (select day from b) and dimension in (:dimensions)%1$s
                    union all
                    %2$s
                    union all
                    %3$s) x
                group by 1, 2, 3, 4, 5 having sum(n) <> 0""".formatted(
                fiscalYear == null ? "" : " and first_year <= :year and last_year >= :year",
                // moved measures leave the groups of their version on the snapshot's day ...
                versions.formatted("-1", "the_snapshot", VALID_AT, groups),
                // ... and count in those of their version on asOf as known at knownAt
                versions.formatted("1", "the_report", VALID_AT, groups));
    }

    private static Query bind(Query query, Collection<Dimension> dimensions, Integer fiscalYear, LocalDate asOf,
            OffsetDateTime knownAt) {
        if (dimensions != null) {
            query.setParameter("dimensions", dimensions.stream().map(Dimension::name).toList());
        }
        if (fiscalYear != null) {
            query.setParameter("year", fiscalYear);
        }
        LocalDate knownDay = knownAt.atZoneSameInstant(ReportTime.AMSTERDAM).toLocalDate();
        return query.setParameter("asOf", asOf).setParameter("knownAt", knownAt).setParameter("knownDay", knownDay)
                .setParameter("recentFrom", knownDay.minusDays(BusinessDates.LATE_AFTER_DAYS))
                .setParameter("endOfTime", ReportTime.END_OF_TIME);
    }
}
