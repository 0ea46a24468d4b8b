package nl.iat.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class OutboxTopicsTest {

    @Test
    void aRoutedTypeGoesToItsTopicTheRestToTheChannelsOwn() {
        OutboxTopics topics = OutboxTopics.parse(List.of("nl.iat.parliament.=iat.parliament.events"));
        assertEquals(Optional.of("iat.parliament.events"), topics.topicOf("nl.iat.parliament.commitments.set.v1"));
        assertEquals(Optional.empty(), topics.topicOf("nl.iat.measures.registered.v1"));
        assertEquals(Optional.empty(), OutboxTopics.none().topicOf("nl.iat.parliament.motions.set.v1"));
    }

    @Test
    void theFirstMatchingRouteWins() {
        OutboxTopics topics = OutboxTopics.parse(List.of(" nl.iat.parliament.motions. = motions ", "nl.iat.parliament.=all"));
        assertEquals(Optional.of("motions"), topics.topicOf("nl.iat.parliament.motions.set.v1"));
        assertEquals(Optional.of("all"), topics.topicOf("nl.iat.parliament.commitments.set.v1"));
    }

    @Test
    void aMalformedRouteIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> OutboxTopics.parse(List.of("nl.iat.parliament.")));
        assertThrows(IllegalArgumentException.class, () -> OutboxTopics.parse(List.of("=topic")));
        assertThrows(IllegalArgumentException.class, () -> OutboxTopics.parse(List.of("nl.iat.x.=")));
    }
}
