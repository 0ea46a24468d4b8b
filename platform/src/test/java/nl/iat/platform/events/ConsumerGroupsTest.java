package nl.iat.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ConsumerGroupsTest {

    @Test
    void eachGroupReadsTheTopicsOfItsChannelsAndOutgoingChannelsAreNoGroup() {
        var config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
                "mp.messaging.incoming.measure-events.group.id", "reporting-service",
                "mp.messaging.incoming.measure-events.topic", "iat.measures.events",
                "mp.messaging.incoming.budget-events.group.id", "reporting-service",
                "mp.messaging.incoming.budget-events.topic", "iat.budget.events",
                "mp.messaging.incoming.audit.group.id", "auditor",
                "mp.messaging.outgoing.outbox-events.topic", "iat.reports.events"), "test", 100)).build();

        assertEquals(Map.of("reporting-service", Set.of("iat.measures.events", "iat.budget.events"),
                "auditor", Set.of("audit")), ConsumerGroups.of(config), "a channel without a topic reads its own name");
    }

    @Test
    void aServiceWithoutConsumersHasNoGroups() {
        var config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
                "mp.messaging.outgoing.outbox-events.topic", "iat.measures.events"), "test", 100)).build();

        assertEquals(Map.of(), ConsumerGroups.of(config));
    }
}
