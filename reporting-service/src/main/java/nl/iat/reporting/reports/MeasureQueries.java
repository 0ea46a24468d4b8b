package nl.iat.reporting.reports;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.paging.QueryFilter;
import nl.iat.platform.paging.SortOrder;

/** Lists and counts of measures as they are now (current versions) or were on a date, as known at a moment. */
@ApplicationScoped
public class MeasureQueries {

    /** Sortable JSON fields and their columns. */
    public static final Map<String, String> SORTABLE = Map.of(
            "code", "code", "title", "title", "status", "status", "startDate", "start_date",
            "reviewDate", "review_date", "interventionAreaCode", "intervention_area_code");

    private static final String COLUMNS = """
            measure_id, code, title, intervention_area_code, priority_line_code, approach, nature, lead_organisation_id,
            lead_organisation_name, status, start_date, end_date, impact_level, assessment_complete, review_date""";

    @Inject
    EntityManager entityManager;

    @Inject
    MeasureFigures measureFigures;

    public Page<MeasureRow> list(MeasureCriteria criteria, ReportTime time, String sort, PageRequest paging) {
        QueryFilter where = criteria.sql();
        List<?> rows = bind(entityManager.createNativeQuery("select " + COLUMNS + " from measure_version where "
                + time.versionCondition() + time.visibleMeasures() + " and " + where.query() + " order by " + orderBy(sort)),
                where, time)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.pageSize)
                .getResultList();
        List<MeasureRow> measures = rows.stream().map(MeasureQueries::row).toList();
        Map<UUID, MeasurePicture.MoneyTotals> money = measureFigures.totals(
                measures.stream().map(MeasureRow::measureId).toList(), time);
        List<MeasureRow> withMoney = measures.stream().map(m -> money.containsKey(m.measureId())
                ? m.withMoney(money.get(m.measureId())) : m).toList();
        return Page.of(withMoney, paging, count(criteria, time));
    }

    /** The sort's columns, nulls last, then code and id so paging is stable. */
    private static String orderBy(String sort) {
        List<String> columns = SortOrder.fields(sort, SORTABLE.keySet(), "code").stream()
                .map(field -> SORTABLE.get(field.name()) + (field.descending() ? " desc" : " asc") + " nulls last").toList();
        return String.join(", ", columns) + ", code, measure_id";
    }

    /** Every measure with its money, by intervention area and code: for a frozen progress report. */
    public List<MeasureRow> all(ReportTime time) {
        List<?> rows = bind(entityManager.createNativeQuery("select " + COLUMNS + " from measure_version where "
                + time.versionCondition() + time.visibleMeasures() + " order by intervention_area_code, code, measure_id"),
                MeasureCriteria.ALL.sql(), time)
                .getResultList();
        List<MeasureRow> measures = rows.stream().map(MeasureQueries::row).toList();
        Map<UUID, MeasurePicture.MoneyTotals> money = measureFigures.totals(
                measures.stream().map(MeasureRow::measureId).toList(), time);
        return measures.stream().map(m -> money.containsKey(m.measureId()) ? m.withMoney(money.get(m.measureId())) : m)
                .toList();
    }

    public long count(MeasureCriteria criteria, ReportTime time) {
        QueryFilter where = criteria.sql();
        return ((Number) bind(entityManager.createNativeQuery("select count(*) from measure_version where "
                + time.versionCondition() + time.visibleMeasures() + " and " + where.query()), where, time)
                .getSingleResult()).longValue();
    }

    /**
     * Measures open on the date with a milestone due before it and not done by then, as (measure,
     * milestone) pairs.
     */
    public List<Object[]> overdueMilestones(ReportTime time, PageRequest paging) {
        Query query = entityManager.createNativeQuery(overdueMilestonesSql("""
                select measure_id, code, title, status, m.value ->> 'milestoneId', m.value ->> 'title',
                       cast(m.value ->> 'dueDate' as date)""", time) + " order by 7, 2, 5");
        List<?> rows = bindMilestones(query, time)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.pageSize)
                .getResultList();
        return rows.stream().map(r -> (Object[]) r).toList();
    }

    public long countOverdueMilestones(ReportTime time) {
        Query query = entityManager.createNativeQuery(overdueMilestonesSql("select count(*)", time));
        return ((Number) bindMilestones(query, time).getSingleResult()).longValue();
    }

    private static String overdueMilestonesSql(String select, ReportTime time) {
        return select + """
                 from measure_version, jsonb_array_elements(state -> 'milestones') m
                where status in (:openStatuses)
                  and cast(m.value ->> 'dueDate' as date) < :referenceDate
                  and not (coalesce(cast(m.value ->> 'done' as boolean), false)
                           and coalesce(cast(m.value ->> 'doneOn' as date), :referenceDate) <= :referenceDate)""" + " and "
                + time.versionCondition() + time.visibleMeasures();
    }

    private static Query bindMilestones(Query query, ReportTime time) {
        query.setParameter("openStatuses", MeasureCriteria.OPEN_STATUSES)
                .setParameter("referenceDate", time.businessDate());
        return time.bindUnlessLatest(query);
    }

    private static Query bind(Query query, QueryFilter where, ReportTime time) {
        where.parameters().forEach(query::setParameter);
        return time.bindUnlessLatest(query);
    }

    private static MeasureRow row(Object row) {
        Object[] c = (Object[]) row;
        return new MeasureRow((UUID) c[0], (String) c[1], (String) c[2], (String) c[3], (String) c[4], (String) c[5],
                (String) c[6], (String) c[7], (String) c[8], (String) c[9], Figures.date(c[10]), Figures.date(c[11]),
                (String) c[12], (Boolean) c[13], Figures.date(c[14]), 0, 0, 0);
    }

}
