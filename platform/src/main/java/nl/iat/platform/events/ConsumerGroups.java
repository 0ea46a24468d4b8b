package nl.iat.platform.events;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;

/**
 * The consumer groups of a service and the topics each reads, found in its incoming channels'
 * configuration ({@code mp.messaging.incoming.<channel>.group.id} and {@code .topic}), so the lag of
 * every consumer is measured without each service naming its groups twice.
 */
final class ConsumerGroups {

    private static final Pattern GROUP_ID = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.group\\.id");

    private ConsumerGroups() {
    }

    /** Group id to the topics its channels read; empty for a service that consumes nothing. */
    static Map<String, Set<String>> of(Config config) {
        Map<String, Set<String>> groups = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            Matcher matcher = GROUP_ID.matcher(name);
            if (matcher.matches()) {
                String channel = matcher.group(1);
                String topic = config.getOptionalValue("mp.messaging.incoming." + channel + ".topic", String.class)
                        .orElse(channel);
                groups.computeIfAbsent(config.getValue(name, String.class), g -> new TreeSet<>()).add(topic);
            }
        }
        return groups;
    }
}
