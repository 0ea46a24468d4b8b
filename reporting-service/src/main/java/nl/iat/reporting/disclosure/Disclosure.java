package nl.iat.reporting.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import nl.iat.platform.access.AccessLog;
import nl.iat.platform.security.Classification;
import nl.iat.reporting.reports.Figures;
import nl.iat.reporting.reports.ReportTime;
import nl.iat.reporting.totals.Amounts;
import nl.iat.reporting.totals.Dimension;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a report leaves out for a reader without the clearance (ADR 0016): the money and measures of
 * items classified above it, per group, to take out of the rows; and the confidential figure that
 * carries their money for the table as a whole. An item's current classification governs.
 */
@ApplicationScoped
public class Disclosure {

    // "classification <> 'PUBLIC'" is what the partial indexes of the classified current versions say: it lets
    // the generic plan of the prepared statement (from its sixth run) use them; with the parameters alone it
    // scanned every current measure, 83 ms at 100,000 measures for each report (issue 19).
    private static final String CLASSIFIED = "next_recorded_at is null and classification <> 'PUBLIC' and classification in ";
    private static final String HIDDEN_ITEMS = """
            with hidden_line as (select budget_line_id id from budget_line_version where %1$s(:hidden)),
                 hidden_measure as (select measure_id id from measure_version where %1$s(:hidden))
            """.formatted(CLASSIFIED);
    private static final String HIDDEN = "(f.budget_line_id in (select id from hidden_line)"
            + " or f.measure_id in (select id from hidden_measure))";
    private static final String MONEY_FACTS = """
            (select budget_line_id, measure_id, fiscal_year, priority_line_code, effective_on, recorded_at,
                    0 kind, position, delta_cents a, 0 c, 0 s, 0 l from allocation_change
             union all
             select budget_line_id, measure_id, fiscal_year, priority_line_code, effective_on, recorded_at, 1, position, 0,
                    case when kind = 'COMMITMENT' then amount_cents else 0 end,
                    case when kind = 'EXPENDITURE' then amount_cents else 0 end, 0 from spending_change)""";
    private static final String LINE_FACTS = """
            (select budget_line_id, null::uuid measure_id, fiscal_year, priority_line_code, effective_on, recorded_at,
                    2 kind, version position, 0 a, 0 c, 0 s,
                    amount_cents - coalesce(lag(amount_cents) over (partition by budget_line_id order by version), 0) l
             from budget_line_version)""";

    @Inject
    EntityManager entityManager;

    @Inject
    AccessLog accessLog;

    @Inject
    HiddenItems hiddenItems;

    @ConfigProperty(name = "iat.disclosure.minimum-items", defaultValue = "3")
    int minimumItems;

    /** Whether the report leaves anything out: some line or measure is classified above its clearance. */
    public boolean hidesAnything(ReportTime time) {
        if (time.hiddenClassifications().isEmpty()) {
            return false;
        }
        return hiddenItems.existAbove(time.clearance(), () -> (Boolean) hidden(entityManager.createNativeQuery(HIDDEN_ITEMS
                + "select exists (select 1 from hidden_line) or exists (select 1 from hidden_measure)"), time)
                .getSingleResult());
    }

    /** The hidden money per group of the dimension that the report's rows would otherwise include. */
    public Map<String, Amounts> money(Dimension dimension, Integer fiscalYear, ReportTime time) {
        String key = switch (dimension) {
            case TOTAL -> "'TOTAL'";
            case PRIORITY_LINE -> "f.priority_line_code";
            default -> "coalesce(v." + dimension.sqlKey() + ", '" + Dimension.UNKNOWN + "')";
        };
        String sql = HIDDEN_ITEMS + "select " + key + ", sum(f.a), sum(f.c), sum(f.s) from " + MONEY_FACTS + " f"
                + " left join lateral (select * from measure_version v where v.measure_id = f.measure_id and "
                + time.versionCondition("v") + ") v on true where " + HIDDEN + included(time) + year(fiscalYear)
                + " group by 1";
        Map<String, Amounts> result = new HashMap<>();
        for (Object[] c : rows(sql, fiscalYear, time)) {
            result.put((String) c[0], new Amounts(cents(c[1]), cents(c[2]), cents(c[3])));
        }
        return result;
    }

    /** The hidden measures per group of the dimension and status, that the report's counts would otherwise include. */
    public Map<String, Map<String, Long>> counts(Dimension dimension, Integer fiscalYear, ReportTime time) {
        String sql = HIDDEN_ITEMS + "select " + dimension.sqlKey() + ", status, count(*) from measure_version"
                + " where measure_id in (select id from hidden_measure) and " + time.versionCondition()
                + (fiscalYear == null ? "" : " " + Figures.YEAR_OVERLAP) + " group by 1, 2";
        Map<String, Map<String, Long>> result = new HashMap<>();
        for (Object[] c : rows(sql, fiscalYear, time)) {
            result.computeIfAbsent((String) c[0], k -> new HashMap<>()).put((String) c[1], cents(c[2]));
        }
        return result;
    }

    /** The hidden lines' amounts that the year's lined figure would otherwise include. */
    public long lined(int fiscalYear, ReportTime time) {
        String sql = HIDDEN_ITEMS + "select coalesce(sum(amount_cents), 0) from budget_line_version"
                + " where fiscal_year = :year and budget_line_id in (select id from hidden_line) and " + time.versionCondition();
        return cents(rows(sql, fiscalYear, time).get(0)[0]);
    }

    /** The hidden money per business month (and priority line, when asked) that a series would otherwise include. */
    public List<Figures.MonthlyMoney> monthlyMoney(Integer fiscalYear, String priorityLineCode, boolean perPriorityLine,
            ReportTime time) {
        String line = perPriorityLine ? "f.priority_line_code" : "cast(null as text)";
        String sql = HIDDEN_ITEMS + "select cast(date_trunc('month', f.effective_on) as date), " + line
                + ", sum(f.a), sum(f.c), sum(f.s) from " + MONEY_FACTS + " f where " + HIDDEN + included(time)
                + year(fiscalYear) + (priorityLineCode == null ? "" : " and f.priority_line_code = :line") + " group by 1, 2";
        Query query = hidden(entityManager.createNativeQuery(sql), time);
        if (priorityLineCode != null) {
            query.setParameter("line", priorityLineCode);
        }
        List<Figures.MonthlyMoney> months = new ArrayList<>();
        for (Object[] c : rows(query, fiscalYear, time)) {
            months.add(new Figures.MonthlyMoney(Figures.date(c[0]), (String) c[1],
                    new Amounts(cents(c[2]), cents(c[3]), cents(c[4]))));
        }
        return months;
    }

    /**
     * The confidential figure of a table over one fiscal year or all: per year, the whole release batches
     * the report's time includes. The batches are always cut over the year's whole stream of hidden facts,
     * the same for every table, so that no two tables differ by part of a batch.
     */
    public ConfidentialFigure confidential(Integer fiscalYear, ReportTime time) {
        if (!hidesAnything(time)) {
            return ConfidentialFigure.none(time.clearance());
        }
        ConfidentialFigure.Part part = ConfidentialFigure.Part.NONE;
        for (List<HiddenFact> year : hiddenFactsPerYear(fiscalYear, time).values()) {
            part = part.plus(ReleaseBatches.of(year, minimumItems).release(time.businessDate(), time.knowledge()));
        }
        return new ConfidentialFigure(time.clearance(), part.amounts(), part.withheld());
    }

    /**
     * Records in the access log the classified lines and measures whose money a cleared reader's table of
     * the fiscal year (or all years) includes: a read of each (ADR 0016).
     */
    public void recordReadsOfTable(Integer fiscalYear, ReportTime time) {
        List<String> seen = classifiedSeen(time);
        if (seen.isEmpty()) {
            return;
        }
        String sql = """
                select 'budget-line', budget_line_id, classification from budget_line_version
                where %3$s(:seen)%1$s
                union
                select 'measure', v.measure_id, v.classification from measure_version v
                where %3$s(:seen)
                  and exists (select 1 from allocation_change f where f.measure_id = v.measure_id%2$s)"""
                .formatted(fiscalYear == null ? "" : " and fiscal_year = :year", year(fiscalYear), CLASSIFIED);
        recordReads(entityManager.createNativeQuery(sql).setParameter("seen", seen), fiscalYear);
    }

    /** Records in the access log each classified measure among those a cleared reader's list shows. */
    public void recordReadsOfMeasures(List<UUID> measureIds, ReportTime time) {
        List<String> seen = classifiedSeen(time);
        if (seen.isEmpty() || measureIds.isEmpty()) {
            return;
        }
        recordReads(entityManager.createNativeQuery("""
                select 'measure', measure_id, classification from measure_version
                where next_recorded_at is null and classification in (:seen) and measure_id in (:ids)""")
                .setParameter("seen", seen).setParameter("ids", measureIds), null);
    }

    private void recordReads(Query query, Integer fiscalYear) {
        for (Object[] c : rows(query, fiscalYear, null)) {
            accessLog.recordRead((String) c[0], (UUID) c[1], Classification.valueOf((String) c[2]));
        }
    }

    /** The classifications above PUBLIC that the reader is cleared for. */
    private static List<String> classifiedSeen(ReportTime time) {
        return Arrays.stream(Classification.values()).filter(level -> level != Classification.PUBLIC)
                .filter(time.clearance()::covers).map(Enum::name).toList();
    }

    private Map<Integer, List<HiddenFact>> hiddenFactsPerYear(Integer fiscalYear, ReportTime time) {
        String sql = HIDDEN_ITEMS + """
                select f.fiscal_year,
                       case when f.budget_line_id in (select id from hidden_line) then f.budget_line_id end,
                       case when f.measure_id in (select id from hidden_measure) then f.measure_id end,
                       f.effective_on, f.recorded_at, f.a, f.c, f.s, f.l
                from (select * from %s m union all select * from %s l) f
                where %s%s order by f.recorded_at, f.kind, f.position""".formatted(MONEY_FACTS, LINE_FACTS, HIDDEN,
                year(fiscalYear));
        Map<Integer, List<HiddenFact>> perYear = new TreeMap<>();
        for (Object[] c : rows(hidden(entityManager.createNativeQuery(sql), time), fiscalYear, null)) {
            int year = ((Number) c[0]).intValue();
            perYear.computeIfAbsent(year, y -> new ArrayList<>()).add(new HiddenFact(year, (UUID) c[1], (UUID) c[2],
                    Figures.date(c[3]), Figures.time(c[4]), new ConfidentialAmounts(cents(c[5]), cents(c[6]), cents(c[7]),
                            cents(c[8]))));
        }
        return perYear;
    }

    private static String included(ReportTime time) {
        return time.isLatest() ? "" : " and f." + ReportTime.FACT_INCLUDED.replace(" recorded_at", " f.recorded_at");
    }

    private static String year(Integer fiscalYear) {
        return fiscalYear == null ? "" : " and f.fiscal_year = :year";
    }

    private List<Object[]> rows(String sql, Integer fiscalYear, ReportTime time) {
        return rows(hidden(entityManager.createNativeQuery(sql), time), fiscalYear, time);
    }

    /** Binds the year and, unless latest (or null: no time condition), the report's time. */
    private static List<Object[]> rows(Query query, Integer fiscalYear, ReportTime time) {
        if (fiscalYear != null) {
            query.setParameter("year", fiscalYear);
        }
        if (time != null) {
            time.bindUnlessLatest(query);
        }
        return ((List<?>) query.getResultList()).stream().map(row -> row instanceof Object[] columns ? columns
                : new Object[] { row }).toList();
    }

    private static Query hidden(Query query, ReportTime time) {
        return query.setParameter("hidden", time.hiddenClassifications());
    }

    private static long cents(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
