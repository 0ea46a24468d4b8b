package nl.iat.budget.events;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import nl.iat.platform.events.EventData;
import nl.iat.platform.security.Classification;

/**
 * The data of a measure event as the budget-service reads it: of the measure's full state (contract:
 * event-contracts {@code measure-state.v1.schema.json}) only what its copy keeps. Unknown fields are ignored.
 * {@code classification} (ADR 0016) is absent from events recorded before it existed: those count as PUBLIC.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeasureCopyData(UUID measureId, String code, String title, String status, String classification)
        implements EventData {

    @Override
    public void requireComplete() {
        require(measureId, "measureId");
        require(code, "code");
        require(title, "title");
        require(status, "status");
        // an unreadable classification is refused, not taken as PUBLIC: it must not disclose the measure
        if (classification != null && Classification.named(classification).isEmpty()) {
            throw new IllegalArgumentException("Measure event has an unknown classification: " + classification);
        }
    }

    /** The measure's classification; PUBLIC for events from before classification. */
    public Classification classificationOrPublic() {
        return Classification.orPublic(classification);
    }

    private static void require(Object value, String field) {
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("Measure event lacks " + field);
        }
    }
}
