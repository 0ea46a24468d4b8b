package nl.iat.reporting.parliament;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import nl.iat.platform.events.IncomingEvent;
import nl.iat.reporting.events.BusinessDates;

/**
 * Every state a commitment or motion has had, on both time axes, as the measure versions are kept:
 * a version ends where its successor takes effect; business time runs forward per item (ADR 0010).
 */
@ApplicationScoped
public class ParliamentVersions {

    @Inject
    EntityManager entityManager;

    /** Appends the event's state unless the item has this version or a newer one (a late or repeated event). */
    public void append(ParliamentEventData.Item item, String data, IncomingEvent event) {
        Number latest = (Number) entityManager.createNativeQuery(
                "select max(sequence) from parliament_item_version where item_id = ?1")
                .setParameter(1, item.id()).getSingleResult();
        if (latest != null && latest.longValue() >= event.sequence()) {
            return;
        }
        entityManager.createNativeQuery("""
                with closed as (
                    update parliament_item_version set next_recorded_at = greatest(recorded_at, ?4),
                           next_effective_on = greatest(effective_on, ?5)
                    where item_id = ?2 and next_recorded_at is null returning next_effective_on)
                insert into parliament_item_version (kind, item_id, sequence, recorded_at, effective_on, number, title,
                    status, due_date, decision, measure_ids, illustrative, state)
                values (?1, ?2, ?3, ?4, coalesce((select next_effective_on from closed), ?5), ?6, ?7, ?8, ?9, ?10,
                    cast(?11 as uuid[]), ?12, cast(?13 as jsonb))""")
                .setParameter(1, item.kind())
                .setParameter(2, item.id())
                .setParameter(3, event.sequence())
                .setParameter(4, event.time())
                .setParameter(5, BusinessDates.effectiveOn(item.effectiveOn(), event.time()))
                .setParameter(6, item.number())
                .setParameter(7, item.title())
                .setParameter(8, item.status())
                .setParameter(9, item.dueDate())
                .setParameter(10, item.decision())
                .setParameter(11, "{" + String.join(",", item.measureIds().stream().map(Object::toString).toList()) + "}")
                .setParameter(12, item.illustrative())
                .setParameter(13, data)
                .executeUpdate();
    }
}
