package nl.iat.budget.events;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import nl.iat.platform.events.EventData;

/**
 * The data of a measure event as the budget-service reads it: of the measure's full state (contract:
 * event-contracts {@code measure-state.v1.schema.json}) only what its copy keeps. Unknown fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeasureCopyData(UUID measureId, String code, String title, String status) implements EventData {

    @Override
    public void requireComplete() {
        require(measureId, "measureId");
        require(code, "code");
        require(title, "title");
        require(status, "status");
    }

    private static void require(Object value, String field) {
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("Measure event lacks " + field);
        }
    }
}
