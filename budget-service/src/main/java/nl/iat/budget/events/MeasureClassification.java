package nl.iat.budget.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.iat.platform.events.IncomingEvent;
import nl.iat.platform.security.Classification;

/**
 * The classification a measure event carries (ADR 0016). Read beside {@link MeasureCopyData}, not as one
 * of its fields: events recorded before classification lack it and count as PUBLIC, so the copy must not
 * require it, while its contract test holds every field of the record to be required. A value that is
 * none of the classifications is refused (dead-lettered) rather than taken as PUBLIC: an unreadable
 * classification must not disclose the measure.
 */
final class MeasureClassification {

    static final String FIELD = "classification";

    private MeasureClassification() {
    }

    static Classification of(IncomingEvent event, ObjectMapper objectMapper) {
        JsonNode value = tree(event, objectMapper).path(FIELD);
        if (value.isMissingNode() || value.isNull()) {
            return Classification.PUBLIC;
        }
        return Classification.named(value.asText())
                .orElseThrow(() -> new IllegalArgumentException("Measure event has an unknown " + FIELD + ": " + value));
    }

    private static JsonNode tree(IncomingEvent event, ObjectMapper objectMapper) {
        try {
            return objectMapper.readTree(event.data());
        } catch (JsonProcessingException unreadable) {
            throw new IllegalArgumentException("Measure event data is no JSON", unreadable);
        }
    }
}
