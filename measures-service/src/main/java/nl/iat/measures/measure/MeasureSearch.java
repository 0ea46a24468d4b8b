package nl.iat.measures.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import nl.iat.platform.paging.QueryFilter;

/** Finds measures by filter, one page at a time, with the total count. Every filter is indexed. */
@ApplicationScoped
public class MeasureSearch {

    @Inject
    EntityManager entityManager;

    public record Result(List<MeasureListRow> measures, long total) {
    }

    /**
     * One page of the measures matching the filter, within the restriction (the caller's visibility, on
     * the alias {@code m}), so that the total counts only what the caller may see.
     */
    public Result search(MeasureCriteria filter, UnaryOperator<QueryFilter> restriction, String orderBy, int offset, int limit,
            LocalDate today) {
        QueryFilter where = restriction.apply(where(filter, today));
        TypedQuery<MeasureListRow> page = entityManager.createQuery(MeasureListRow.SELECT + " from Measure m join m.leadOrganisation o"
                + " where " + where.query() + " order by " + orderBy, MeasureListRow.class);
        // count(*), not count(m): counting ids would read every matching row instead of the index alone.
        TypedQuery<Long> count = entityManager.createQuery("select count(*) from Measure m where " + where.query(), Long.class);
        where.parameters().forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<MeasureListRow> measures = page.setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Result(measures, count.getSingleResult());
    }

    private static QueryFilter where(MeasureCriteria f, LocalDate today) {
        String overdueMilestone = "exists (select 1 from Milestone ms where ms.measure = m and ms.doneOn is null"
                + " and ms.dueDate < :today)";
        return new QueryFilter()
                .equal("m.frameworkCode", "framework", f.frameworkCode())
                .equal("m.interventionAreaCode", "area", f.interventionAreaCode())
                .equal("m.priorityLineCode", "line", f.priorityLineCode())
                .equal("m.approach", "approach", f.approach())
                .equal("m.nature", "nature", f.nature())
                .equal("m.status", "status", f.status())
                .equal("m.impactLevel", "impact", f.impactLevel())
                .matching("m.reviewDate < :reviewBefore", "reviewBefore", f.reviewDueBefore())
                .yesNo(f.reviewOverdue(), "m.reviewDate < :reviewToday",
                        "(m.reviewDate is null or m.reviewDate >= :reviewToday)", Map.of("reviewToday", today))
                .matching("(m.leadOrganisation.id = :organisation or exists (select 1 from Measure p join p.partners o"
                        + " where p = m and o.id = :organisation))", "organisation", f.organisationId())
                .matching("(lower(m.code) like :text escape '\\' or lower(m.title) like :text escape '\\')", "text",
                        f.text() == null ? null : "%" + escapeLike(f.text().toLowerCase(Locale.ROOT)) + "%")
                .yesNo(f.overdueMilestones(), overdueMilestone, "not " + overdueMilestone, Map.of("today", today));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
