package nl.iat.reporting.aggregates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

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

    /** Adds (+1) or removes (-1) the measure in every dimension's group. */
    public void add(MeasureState measure, int delta) {
        for (Dimension dimension : Dimension.values()) {
            entityManager.createNativeQuery("""
                    insert into measure_count_by_group (dimension, group_key, status, first_year, last_year, measure_count)
                    values (?1, ?2, ?3, ?4, ?5, ?6)
                    on conflict (dimension, group_key, status, first_year, last_year)
                    do update set measure_count = measure_count_by_group.measure_count + excluded.measure_count""")
                    .setParameter(1, dimension.name())
                    .setParameter(2, dimension.countKey(measure))
                    .setParameter(3, measure.status())
                    .setParameter(4, measure.startDate() == null ? OPEN_START : measure.startDate().getYear())
                    .setParameter(5, measure.endDate() == null ? OPEN_END : measure.endDate().getYear())
                    .setParameter(6, delta)
                    .executeUpdate();
        }
    }
}
