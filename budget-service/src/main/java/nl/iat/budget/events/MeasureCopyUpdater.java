package nl.iat.budget.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.iat.platform.events.IncomingEvent;

/**
 * Applies a measure event to the local copy. Every measure event carries the measure's full state
 * and its per-measure sequence number; an older state never overwrites a newer one.
 */
@ApplicationScoped
public class MeasureCopyUpdater {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    public void apply(IncomingEvent event) {
        JsonNode measure = parse(event.data());
        entityManager.createNativeQuery("""
                insert into measure_copy (measure_id, code, title, status, sequence, updated_at)
                values (cast(?1 as uuid), ?2, ?3, ?4, ?5, ?6)
                on conflict (measure_id) do update
                   set code = excluded.code, title = excluded.title, status = excluded.status,
                       sequence = excluded.sequence, updated_at = excluded.updated_at
                 where measure_copy.sequence < excluded.sequence""")
                .setParameter(1, required(measure, "measureId"))
                .setParameter(2, required(measure, "code"))
                .setParameter(3, required(measure, "title"))
                .setParameter(4, required(measure, "status"))
                .setParameter(5, event.sequence())
                .setParameter(6, event.time())
                .executeUpdate();
    }

    private JsonNode parse(String data) {
        try {
            return objectMapper.readTree(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Measure event data is not JSON", e);
        }
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException("Measure event lacks " + field);
        }
        return value.asText();
    }
}
