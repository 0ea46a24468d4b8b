package nl.iat.reporting.totals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import nl.iat.reporting.measures.MeasureState;

/**
 * The precomputed number of measures per group, status and period. A measure counts in a fiscal
 * year when its period overlaps the year; an open start or end counts as year 0 or 9999.
 */
@ApplicationScoped
public class MeasureCounts {

    public static final int OPEN_START = 0;
    public static final int OPEN_END = 9999;

    @Inject
    EntityManager entityManager;

    /** Moves the measure from the groups of its previous state (null: none) to those of its new state, in one statement. */
    public void change(MeasureState previous, MeasureState state) {
        Map<List<Object>, Integer> deltas = new LinkedHashMap<>();
        if (previous != null) {
            groups(previous).forEach(group -> deltas.merge(group, -1, Integer::sum));
        }
        groups(state).forEach(group -> deltas.merge(group, 1, Integer::sum));
        deltas.values().removeIf(delta -> delta == 0); // a group the measure stays in
        if (deltas.isEmpty()) {
            return;
        }
        StringBuilder values = new StringBuilder();
        for (int n = 0; n < deltas.size(); n++) {
            int p = 1 + 6 * n;
            values.append(n == 0 ? "" : ", ").append("(?").append(p).append(", ?").append(p + 1).append(", ?")
                    .append(p + 2).append(", ?").append(p + 3).append(", ?").append(p + 4).append(", ?").append(p + 5)
                    .append(")");
        }
        Query query = entityManager.createNativeQuery("""
                insert into measure_count_by_group (dimension, group_key, status, first_year, last_year, measure_count)
                values """ + values + """
                 on conflict (dimension, group_key, status, first_year, last_year)
                do update set measure_count = measure_count_by_group.measure_count + excluded.measure_count""");
        int p = 1;
        for (Map.Entry<List<Object>, Integer> delta : deltas.entrySet()) {
            for (Object column : delta.getKey()) {
                query.setParameter(p++, column);
            }
            query.setParameter(p++, (long) delta.getValue());
        }
        query.executeUpdate();
    }

    /** The (dimension, group, status, first year, last year) the measure counts in, per dimension. */
    private static List<List<Object>> groups(MeasureState measure) {
        int first = measure.startDate() == null ? OPEN_START : measure.startDate().getYear();
        int last = measure.endDate() == null ? OPEN_END : measure.endDate().getYear();
        List<List<Object>> groups = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            groups.add(List.of(dimension.name(), dimension.countKey(measure), measure.status(), first, last));
        }
        return groups;
    }
}
