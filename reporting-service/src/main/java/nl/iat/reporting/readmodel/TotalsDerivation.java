package nl.iat.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Derives the precomputed totals from the facts in a few set-based statements, by the same
 * rules the live projection applies event by event (ADR 0300). A rebuild uses it after writing the
 * facts; RebuildTest proves both ways give the same reports.
 */
@ApplicationScoped
public class TotalsDerivation {

    private static final String[] STATEMENTS = {
        "delete from allocation_current",
        "delete from money_by_group",
        "delete from measure_count_by_group",
        "delete from group_label",
        "delete from monthly_money",
        """
        insert into allocation_current (allocation_id, measure_id, budget_line_id, fiscal_year, priority_line_code,
            allocated_cents, committed_cents, spent_cents)
        select allocation_id, (array_agg(measure_id))[1], (array_agg(budget_line_id))[1], min(fiscal_year),
               min(priority_line_code), sum(a), sum(c), sum(s) from (
            select allocation_id, measure_id, budget_line_id, fiscal_year, priority_line_code, delta_cents a, 0 c, 0 s
            from allocation_change
            union all
            select allocation_id, measure_id, budget_line_id, fiscal_year, priority_line_code, 0,
                   case when kind = 'COMMITMENT' then amount_cents else 0 end,
                   case when kind = 'EXPENDITURE' then amount_cents else 0 end
            from spending_change) f
        group by allocation_id""",
        """
        insert into money_by_group (fiscal_year, dimension, group_key, allocated_cents, committed_cents, spent_cents)
        select a.fiscal_year, d.dimension, d.group_key, sum(a.allocated_cents), sum(a.committed_cents), sum(a.spent_cents)
        from allocation_current a left join measure_version m on m.measure_id = a.measure_id and m.next_recorded_at is null
        cross join lateral (values ('TOTAL', 'TOTAL'),
            ('INTERVENTION_AREA', coalesce(m.intervention_area_code, 'UNKNOWN')),
            ('PRIORITY_LINE', a.priority_line_code),
            ('LEAD_ORGANISATION', coalesce(m.lead_organisation_id, 'UNKNOWN')),
            ('APPROACH', coalesce(m.approach, 'UNKNOWN')),
            ('NATURE', coalesce(m.nature, 'UNKNOWN'))) d(dimension, group_key)
        group by 1, 2, 3""",
        """
        insert into measure_count_by_group (dimension, group_key, status, first_year, last_year, measure_count)
        select d.dimension, d.group_key, m.status, coalesce(extract(year from m.start_date), 0),
               coalesce(extract(year from m.end_date), 9999), count(*)
        from measure_version m
        cross join lateral (values ('TOTAL', 'TOTAL'), ('INTERVENTION_AREA', m.intervention_area_code),
            ('PRIORITY_LINE', coalesce(m.priority_line_code, 'NONE')), ('LEAD_ORGANISATION', m.lead_organisation_id),
            ('APPROACH', m.approach), ('NATURE', m.nature), ('IMPACT_LEVEL', coalesce(m.impact_level, 'NONE')))
            d(dimension, group_key)
        where m.next_recorded_at is null
        group by 1, 2, 3, 4, 5""",
        """
        insert into group_label (dimension, group_key, label)
        select distinct on (lead_organisation_id) 'LEAD_ORGANISATION', lead_organisation_id, lead_organisation_name
        from measure_version where next_recorded_at is null
        order by lead_organisation_id, recorded_at desc""",
        """
        insert into monthly_money (month, fiscal_year, priority_line_code, allocated_cents, committed_cents, spent_cents)
        select cast(date_trunc('month', effective_on) as date), fiscal_year, priority_line_code, sum(a), sum(c), sum(s)
        from (
            select effective_on, fiscal_year, priority_line_code, delta_cents a, 0 c, 0 s from allocation_change
            union all
            select effective_on, fiscal_year, priority_line_code, 0,
                   case when kind = 'COMMITMENT' then amount_cents else 0 end,
                   case when kind = 'EXPENDITURE' then amount_cents else 0 end from spending_change) f
        group by 1, 2, 3"""
    };

    @Inject
    EntityManager entityManager;

    /** Recomputes every total from the facts, in the caller's transaction. */
    public void recompute() {
        for (String statement : STATEMENTS) {
            entityManager.createNativeQuery(statement).executeUpdate();
        }
    }
}
