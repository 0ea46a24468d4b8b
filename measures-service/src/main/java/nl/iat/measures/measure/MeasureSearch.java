package nl.iat.measures.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** Finds measures by filter, one page at a time, with the total count. Every filter is indexed. */
@ApplicationScoped
public class MeasureSearch {

    @Inject
    EntityManager entityManager;

    public record Result(List<Measure> measures, long total) {
    }

    public Result search(MeasureFilter filter, String orderBy, int offset, int limit, LocalDate today) {
        Where where = where(filter, today);
        TypedQuery<Measure> page = entityManager.createQuery("select m from Measure m join fetch m.leadOrganisation"
                + where.clause() + " order by " + orderBy, Measure.class);
        // count(*), not count(m): counting ids would read every matching row instead of the index alone.
        TypedQuery<Long> count = entityManager.createQuery("select count(*) from Measure m" + where.clause(), Long.class);
        where.parameters().forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Measure> measures = page.setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Result(measures, count.getSingleResult());
    }

    private record Where(List<String> conditions, Map<String, Object> parameters) {

        void add(String condition, String name, Object value) {
            if (value != null) {
                conditions.add(condition);
                parameters.put(name, value);
            }
        }

        String clause() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }

    private static Where where(MeasureFilter f, LocalDate today) {
        Where where = new Where(new ArrayList<>(), new HashMap<>());
        where.add("m.frameworkCode = :framework", "framework", f.frameworkCode());
        where.add("m.interventionAreaCode = :area", "area", f.interventionAreaCode());
        where.add("m.priorityLineCode = :line", "line", f.priorityLineCode());
        where.add("m.approach = :approach", "approach", f.approach());
        where.add("m.nature = :nature", "nature", f.nature());
        where.add("m.status = :status", "status", f.status());
        where.add("m.impactLevel = :impact", "impact", f.impactLevel());
        where.add("m.reviewDate < :reviewBefore", "reviewBefore", f.reviewDueBefore());
        if (f.reviewOverdue() != null) {
            where.add(f.reviewOverdue() ? "m.reviewDate < :reviewToday" : "(m.reviewDate is null or m.reviewDate >= :reviewToday)",
                    "reviewToday", today);
        }
        where.add("(m.leadOrganisation.id = :organisation or exists (select 1 from Measure p join p.partners o"
                + " where p = m and o.id = :organisation))", "organisation", f.organisationId());
        where.add("(lower(m.code) like :text escape '\\' or lower(m.title) like :text escape '\\')", "text",
                f.text() == null ? null : "%" + escapeLike(f.text().toLowerCase(Locale.ROOT)) + "%");
        if (f.overdueMilestones() != null) {
            where.add((f.overdueMilestones() ? "" : "not ") + "exists (select 1 from Milestone ms where ms.measure = m"
                    + " and ms.doneOn is null and ms.dueDate < :today)", "today", today);
        }
        return where;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
