package nl.iat.reporting.aggregates;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The precomputed allocated, committed and spent money per fiscal year and group. */
@ApplicationScoped
public class MoneyByGroup {

    @Inject
    EntityManager entityManager;

    /** Adds the amounts of a change (each may be negative) to the group. */
    public void add(int fiscalYear, Dimension dimension, String groupKey, Amounts amounts) {
        entityManager.createNativeQuery("""
                insert into money_by_group (fiscal_year, dimension, group_key, allocated_cents, committed_cents, spent_cents)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (fiscal_year, dimension, group_key) do update
                   set allocated_cents = money_by_group.allocated_cents + excluded.allocated_cents,
                       committed_cents = money_by_group.committed_cents + excluded.committed_cents,
                       spent_cents = money_by_group.spent_cents + excluded.spent_cents""")
                .setParameter(1, fiscalYear)
                .setParameter(2, dimension.name())
                .setParameter(3, groupKey)
                .setParameter(4, amounts.allocatedCents())
                .setParameter(5, amounts.committedCents())
                .setParameter(6, amounts.spentCents())
                .executeUpdate();
    }

    /** Moves all of a measure's money, per fiscal year, from one group of the dimension to another. */
    public void moveMeasure(UUID measureId, Dimension dimension, String fromKey, String toKey) {
        move(measureId, dimension, fromKey, -1);
        move(measureId, dimension, toKey, 1);
    }

    private void move(UUID measureId, Dimension dimension, String groupKey, int sign) {
        entityManager.createNativeQuery("""
                insert into money_by_group (fiscal_year, dimension, group_key, allocated_cents, committed_cents, spent_cents)
                select fiscal_year, ?2, ?3, ?4 * sum(allocated_cents), ?4 * sum(committed_cents), ?4 * sum(spent_cents)
                from allocation_current where measure_id = ?1 group by fiscal_year
                on conflict (fiscal_year, dimension, group_key) do update
                   set allocated_cents = money_by_group.allocated_cents + excluded.allocated_cents,
                       committed_cents = money_by_group.committed_cents + excluded.committed_cents,
                       spent_cents = money_by_group.spent_cents + excluded.spent_cents""")
                .setParameter(1, measureId)
                .setParameter(2, dimension.name())
                .setParameter(3, groupKey)
                .setParameter(4, sign)
                .executeUpdate();
    }
}
