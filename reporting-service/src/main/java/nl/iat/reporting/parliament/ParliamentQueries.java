package nl.iat.reporting.parliament;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.reporting.reports.Figures;
import nl.iat.reporting.reports.ReportTime;

/** Commitments and motions on a business date as known at a moment, from their versions. */
@ApplicationScoped
public class ParliamentQueries {

    public static final String COMMITMENT = "COMMITMENT";
    public static final String MOTION = "MOTION";
    /** Statuses still to be acted on: open, or only partly fulfilled. */
    static final String OPEN = "p.status in ('OPEN', 'PARTLY_FULFILLED')";
    static final String OVERDUE = OPEN + " and p.due_date < :referenceDate";

    /** The filters of a list; null means any. */
    public record Criteria(String status, Boolean overdue, UUID measureId, String interventionAreaCode) {
    }

    @Inject
    EntityManager entityManager;

    public Page<ParliamentItem> list(String kind, Criteria filter, ReportTime time, PageRequest paging) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(kind, filter, time, parameters);
        List<?> rows = select(where, parameters, time).setFirstResult(paging.offset()).setMaxResults(paging.pageSize)
                .getResultList();
        long total = ((Number) bind(entityManager.createNativeQuery("select count(*) from parliament_item_version p where "
                + where), parameters, time).getSingleResult()).longValue();
        return Page.of(rows.stream().map(ParliamentQueries::item).toList(), paging, total);
    }

    /** Every commitment or motion on the date, by number: for a frozen progress report. */
    public List<ParliamentItem> all(String kind, ReportTime time) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(kind, new Criteria(null, null, null, null), time, parameters);
        return ((List<?>) select(where, parameters, time).getResultList()).stream().map(ParliamentQueries::item).toList();
    }

    private Query select(String where, Map<String, Object> parameters, ReportTime time) {
        return bind(entityManager.createNativeQuery("""
                select p.item_id, p.number, p.title, p.status, p.state ->> 'portalStatus', p.due_date, coalesce(%s, false),
                       p.decision, coalesce(p.state ->> 'fulfilledBy', p.state ->> 'reportedIn'),
                       array_to_string(array(select m.measure_id from unnest(p.measure_ids) m(measure_id) where true%s), ','),
                       p.illustrative, p.effective_on
                from parliament_item_version p where %s order by p.number, p.item_id""".formatted(OVERDUE,
                // links to measures the reader may not see are left out (ADR 0016)
                time.visibleMeasures(), where)),
                parameters, time);
    }

    public ParliamentOverview overview(ReportTime time, nl.iat.reporting.reports.ReportMetadata metadata) {
        Map<String, Long> commitments = new TreeMap<>();
        Map<String, Long> motions = new TreeMap<>();
        Map<String, Long> decisions = new TreeMap<>();
        long overdue = 0;
        for (Object row : bind(entityManager.createNativeQuery("""
                select p.kind, p.status, coalesce(p.decision, 'UNDECIDED'), coalesce(%s, false), count(*)
                from parliament_item_version p where %s group by 1, 2, 3, 4""".formatted(OVERDUE,
                time.versionCondition("p"))), Map.of(), time).getResultList()) {
            Object[] c = (Object[]) row;
            long n = ((Number) c[4]).longValue();
            if (COMMITMENT.equals(c[0])) {
                commitments.merge((String) c[1], n, Long::sum);
                overdue += Boolean.TRUE.equals(c[3]) ? n : 0;
            } else {
                motions.merge((String) c[1], n, Long::sum);
                decisions.merge((String) c[2], n, Long::sum);
            }
        }
        return new ParliamentOverview(metadata, commitments, overdue, motions, decisions, areas(time));
    }

    /** Per intervention area of the measures (as they were on the date) that each item links to. */
    private List<ParliamentOverview.AreaRow> areas(ReportTime time) {
        List<ParliamentOverview.AreaRow> areas = new ArrayList<>();
        for (Object row : bind(entityManager.createNativeQuery("""
                select coalesce(a.area, 'NONE'),
                       count(*) filter (where p.kind = 'COMMITMENT'),
                       count(*) filter (where p.kind = 'COMMITMENT' and %1$s),
                       count(*) filter (where p.kind = 'COMMITMENT' and %2$s),
                       count(*) filter (where p.kind = 'MOTION'),
                       count(*) filter (where p.kind = 'MOTION' and %1$s)
                from parliament_item_version p
                left join lateral (select distinct v.intervention_area_code area from measure_version v
                    where v.measure_id = any(p.measure_ids) and %3$s%5$s) a on true
                where %4$s group by 1 order by 1""".formatted(OPEN, OVERDUE, time.versionCondition("v"),
                time.versionCondition("p"), time.visibleMeasures())), Map.of(), time).getResultList()) {
            Object[] c = (Object[]) row;
            areas.add(new ParliamentOverview.AreaRow((String) c[0], n(c[1]), n(c[2]), n(c[3]), n(c[4]), n(c[5])));
        }
        return areas;
    }

    private static String where(String kind, Criteria filter, ReportTime time, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("p.kind = :kind and ").append(time.versionCondition("p"));
        parameters.put("kind", kind);
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.overdue() != null) {
            where.append(filter.overdue() ? " and " + OVERDUE : " and not coalesce(" + OVERDUE + ", false)");
        }
        if (filter.measureId() != null) {
            where.append(" and cast(:measureId as uuid) = any(p.measure_ids)");
            parameters.put("measureId", filter.measureId());
        }
        if (filter.interventionAreaCode() != null) {
            where.append(" and exists (select 1 from measure_version v where v.measure_id = any(p.measure_ids)"
                    + " and v.intervention_area_code = :area and ").append(time.versionCondition("v")).append(")");
            parameters.put("area", filter.interventionAreaCode());
        }
        return where.toString();
    }

    private static Query bind(Query query, Map<String, Object> parameters, ReportTime time) {
        parameters.forEach(query::setParameter);
        if (query.getParameters().stream().anyMatch(p -> "referenceDate".equals(p.getName()))) {
            query.setParameter("referenceDate", time.businessDate()); // the date overdue is judged on
        }
        return time.bindUnlessLatest(query);
    }

    private static ParliamentItem item(Object row) {
        Object[] c = (Object[]) row;
        String ids = (String) c[9];
        List<UUID> measureIds = ids.isEmpty() ? List.of() : java.util.Arrays.stream(ids.split(",")).map(UUID::fromString).toList();
        return new ParliamentItem((UUID) c[0], (String) c[1], (String) c[2], (String) c[3], (String) c[4],
                Figures.date(c[5]), Boolean.TRUE.equals(c[6]), (String) c[7], (String) c[8], measureIds,
                Boolean.TRUE.equals(c[10]), Figures.date(c[11]));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
