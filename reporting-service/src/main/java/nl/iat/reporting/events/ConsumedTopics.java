package nl.iat.reporting.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the reports' events come from: the broker and the measure, budget and parliament topics the consumers
 * read. The rebuild and the lag measurement read the same topics as the consumers, from one place.
 */
@ApplicationScoped
public class ConsumedTopics {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** The one group of the three channels, whose lag the reports' metadata shows. */
    @ConfigProperty(name = "mp.messaging.incoming.measure-events.group.id")
    String groupId;

    @ConfigProperty(name = "mp.messaging.incoming.measure-events.topic")
    String measureTopic;

    @ConfigProperty(name = "mp.messaging.incoming.budget-events.topic")
    String budgetTopic;

    @ConfigProperty(name = "mp.messaging.incoming.parliament-events.topic")
    String parliamentTopic;

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String groupId() {
        return groupId;
    }

    public List<String> names() {
        return List.of(measureTopic, budgetTopic, parliamentTopic);
    }
}
