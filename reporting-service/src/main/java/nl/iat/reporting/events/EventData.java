package nl.iat.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.iat.platform.events.IncomingEvent;

/** Reads an event's JSON data into its contract record; unreadable data makes the event unprocessable. */
@ApplicationScoped
public class EventData {

    @Inject
    ObjectMapper objectMapper;

    public <T> T read(IncomingEvent event, Class<T> type) {
        if (event.data() == null) {
            throw new IllegalArgumentException("Event " + event.id() + " has no data");
        }
        try {
            return objectMapper.readValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + event.id() + " has data that does not match "
                    + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
