package nl.iat.reporting.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;

/** Lists and counts of measures as they are now (current versions) or were at a moment. */
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

    public Page<MeasureRow> list(MeasureFilter filter, OffsetDateTime asOf, String sortField, boolean descending,
            PageRequest paging) {
        MeasureFilter.Sql sql = filter.sql();
        String order = SORTABLE.get(sortField) + (descending ? " desc nulls last" : " asc nulls last") + ", code, measure_id";
        List<?> rows = bind(entityManager.createNativeQuery("select " + COLUMNS + " from measure_version where "
                + valid(asOf) + sql.where() + " order by " + order), sql, asOf)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.pageSize)
                .getResultList();
        List<MeasureRow> measures = rows.stream().map(MeasureQueries::row).toList();
        Map<UUID, MeasurePicture.MoneyTotals> money = measureFigures.totals(
                measures.stream().map(MeasureRow::measureId).toList(), asOf);
        List<MeasureRow> withMoney = measures.stream().map(m -> money.containsKey(m.measureId())
                ? m.withMoney(money.get(m.measureId())) : m).toList();
        return Page.of(withMoney, paging, count(filter, asOf));
    }

    /** Every measure with its money, by intervention area and code: for a frozen progress report. */
    public List<MeasureRow> all(OffsetDateTime asOf) {
        List<?> rows = bind(entityManager.createNativeQuery("select " + COLUMNS + " from measure_version where "
                + valid(asOf) + " order by intervention_area_code, code, measure_id"), MeasureFilter.ALL.sql(), asOf)
                .getResultList();
        List<MeasureRow> measures = rows.stream().map(MeasureQueries::row).toList();
        Map<UUID, MeasurePicture.MoneyTotals> money = measureFigures.totals(
                measures.stream().map(MeasureRow::measureId).toList(), asOf);
        return measures.stream().map(m -> money.containsKey(m.measureId()) ? m.withMoney(money.get(m.measureId())) : m)
                .toList();
    }

    public long count(MeasureFilter filter, OffsetDateTime asOf) {
        MeasureFilter.Sql sql = filter.sql();
        return ((Number) bind(entityManager.createNativeQuery("select count(*) from measure_version where "
                + valid(asOf) + sql.where()), sql, asOf).getSingleResult()).longValue();
    }

    /** Open measures with a milestone due before the date and not done, as (measure, milestone) pairs. */
    public List<Object[]> overdueMilestones(LocalDate referenceDate, OffsetDateTime asOf, PageRequest paging) {
        Query query = entityManager.createNativeQuery(overdueMilestonesSql("""
                select measure_id, code, title, status, m.value ->> 'milestoneId', m.value ->> 'title',
                       cast(m.value ->> 'dueDate' as date)""", asOf) + " order by 7, 2, 5");
        List<?> rows = bindMilestones(query, referenceDate, asOf)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.pageSize)
                .getResultList();
        return rows.stream().map(r -> (Object[]) r).toList();
    }

    public long countOverdueMilestones(LocalDate referenceDate, OffsetDateTime asOf) {
        Query query = entityManager.createNativeQuery(overdueMilestonesSql("select count(*)", asOf));
        return ((Number) bindMilestones(query, referenceDate, asOf).getSingleResult()).longValue();
    }

    private static String overdueMilestonesSql(String select, OffsetDateTime asOf) {
        return select + """
                 from measure_version, jsonb_array_elements(state -> 'milestones') m
                where status in (:openStatuses)
                  and cast(m.value ->> 'dueDate' as date) < :referenceDate
                  and not coalesce(cast(m.value ->> 'done' as boolean), false)""" + " and " + valid(asOf);
    }

    private static Query bindMilestones(Query query, LocalDate referenceDate, OffsetDateTime asOf) {
        query.setParameter("openStatuses", MeasureFilter.OPEN_STATUSES).setParameter("referenceDate", referenceDate);
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        return query;
    }

    private static String valid(OffsetDateTime asOf) {
        return asOf == null ? "valid_to is null" : Figures.VALID_AS_OF;
    }

    private static Query bind(Query query, MeasureFilter.Sql sql, OffsetDateTime asOf) {
        sql.parameters().forEach(query::setParameter);
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        return query;
    }

    private static MeasureRow row(Object row) {
        Object[] c = (Object[]) row;
        return new MeasureRow((UUID) c[0], (String) c[1], (String) c[2], (String) c[3], (String) c[4], (String) c[5],
                (String) c[6], (String) c[7], (String) c[8], (String) c[9], date(c[10]), date(c[11]), (String) c[12],
                (Boolean) c[13], date(c[14]), 0, 0, 0);
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }
}
