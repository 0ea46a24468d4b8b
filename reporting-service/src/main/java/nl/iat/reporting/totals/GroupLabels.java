package nl.iat.reporting.totals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Display names of group keys; codes label themselves, organisations by their latest name. */
@ApplicationScoped
public class GroupLabels {

    @Inject
    EntityManager entityManager;

    public void set(Dimension dimension, String groupKey, String label) {
        entityManager.createNativeQuery("""
                insert into group_label (dimension, group_key, label) values (?1, ?2, ?3)
                on conflict (dimension, group_key) do update set label = excluded.label""")
                .setParameter(1, dimension.name())
                .setParameter(2, groupKey)
                .setParameter(3, label)
                .executeUpdate();
    }
}
