package nl.iat.platform.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which Kafka topic an outbox event goes to, by its type. A service publishes on the topic of its
 * outbox channel ({@code mp.messaging.outgoing.outbox-events.topic}); a route sends the types that
 * start with a prefix to another topic, for a producer that owns a second domain on a topic of its
 * own (the measures-service's {@code nl.iat.parliament.*} on {@code iat.parliament.events}, ADR 0103).
 * Routing by type, not by a column of the outbox, keeps the outbox table the same in every service.
 * Pure: parsed once from {@code iat.outbox.topic-routes}, entries {@code <type prefix>=<topic>}.
 */
public final class OutboxTopics {

    private record Route(String typePrefix, String topic) {
    }

    private final List<Route> routes;

    private OutboxTopics(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public static OutboxTopics none() {
        return new OutboxTopics(List.of());
    }

    /** Parses routes like {@code nl.iat.parliament.=iat.parliament.events}; a malformed one stops the start. */
    public static OutboxTopics parse(List<String> entries) {
        List<Route> routes = new ArrayList<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            String prefix = equals < 0 ? "" : entry.substring(0, equals).trim();
            String topic = equals < 0 ? "" : entry.substring(equals + 1).trim();
            if (prefix.isEmpty() || topic.isEmpty()) {
                throw new IllegalArgumentException("iat.outbox.topic-routes: '" + entry
                        + "' is not <type prefix>=<topic>");
            }
            routes.add(new Route(prefix, topic));
        }
        return new OutboxTopics(routes);
    }

    /** The routed topic of a type, or empty for the channel's own topic. The first matching route wins. */
    public Optional<String> topicOf(String type) {
        return routes.stream().filter(route -> type.startsWith(route.typePrefix())).map(Route::topic).findFirst();
    }
}
