package nl.iat.budget.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import nl.iat.platform.events.EventHandler;
import nl.iat.platform.events.IncomingEvent;

/**
 * Applies a measure event to the local copy. Every measure event carries the measure's full state
 * (its classification too, ADR 0016) and its per-measure sequence number; an older state never
 * overwrites a newer one.
 */
@ApplicationScoped
public class MeasureCopyUpdater implements EventHandler<MeasureCopyData> {

    @Inject
    EntityManager entityManager;

    @Override
    public void apply(MeasureCopyData measure, IncomingEvent event) {
        entityManager.createNativeQuery("""
                insert into measure_copy (measure_id, code, title, status, classification, sequence, updated_at)
                values (cast(?1 as uuid), ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (measure_id) do update
                   set code = excluded.code, title = excluded.title, status = excluded.status,
                       classification = excluded.classification,
                       sequence = excluded.sequence, updated_at = excluded.updated_at
                 where measure_copy.sequence < excluded.sequence""")
                .setParameter(1, measure.measureId().toString())
                .setParameter(2, measure.code())
                .setParameter(3, measure.title())
                .setParameter(4, measure.status())
                .setParameter(5, measure.classificationOrPublic().name())
                .setParameter(6, event.sequence())
                .setParameter(7, event.time())
                .executeUpdate();
    }
}
