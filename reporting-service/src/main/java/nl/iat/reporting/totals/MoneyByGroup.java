package nl.iat.reporting.totals;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import nl.iat.reporting.measures.MeasureState;
import nl.iat.reporting.measures.MeasureVersions;

/** The precomputed allocated, committed and spent money per fiscal year and group. */
@ApplicationScoped
public class MoneyByGroup {

    @Inject
    EntityManager entityManager;

    @Inject
    MeasureVersions measures;

    /**
     * Adds the amounts of a change of a measure's money to its groups: the budget line's priority line,
     * and for the other dimensions the groups of the measure's current data, UNKNOWN while the measure's
     * first event has not arrived (the two topics are not ordered with each other).
     */
    public void addToGroupsOfMeasure(UUID measureId, int fiscalYear, String priorityLineCode, Amounts amounts) {
        MeasureState measure = measures.current(measureId).map(MeasureVersions.Current::state).orElse(null);
        Map<Dimension, String> groupKeys = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            if (dimension.carriesMoney()) {
                groupKeys.put(dimension, dimension == Dimension.PRIORITY_LINE ? priorityLineCode : dimension.moneyKey(measure));
            }
        }
        add(fiscalYear, groupKeys, amounts);
    }

    /** Adds the amounts of a change (each may be negative) to one group per dimension, in one statement. */
    public void add(int fiscalYear, Map<Dimension, String> groupKeys, Amounts amounts) {
        StringBuilder values = new StringBuilder();
        for (int n = 0; n < groupKeys.size(); n++) {
            values.append(n == 0 ? "" : ", ").append("(?1, ?").append(5 + 2 * n).append(", ?").append(6 + 2 * n)
                    .append(", ?2, ?3, ?4)");
        }
        Query query = entityManager.createNativeQuery("""
                insert into money_by_group (fiscal_year, dimension, group_key, allocated_cents, committed_cents, spent_cents)
                values """ + values + """
                 on conflict (fiscal_year, dimension, group_key) do update
                   set allocated_cents = money_by_group.allocated_cents + excluded.allocated_cents,
                       committed_cents = money_by_group.committed_cents + excluded.committed_cents,
                       spent_cents = money_by_group.spent_cents + excluded.spent_cents""")
                .setParameter(1, fiscalYear)
                .setParameter(2, amounts.allocatedCents())
                .setParameter(3, amounts.committedCents())
                .setParameter(4, amounts.spentCents());
        int i = 0;
        for (Map.Entry<Dimension, String> key : groupKeys.entrySet()) {
            query.setParameter(5 + 2 * i, key.getKey().name()).setParameter(6 + 2 * i, key.getValue());
            i++;
        }
        query.executeUpdate();
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
