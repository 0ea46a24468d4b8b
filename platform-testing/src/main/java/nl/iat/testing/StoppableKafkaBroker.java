package nl.iat.testing;

import java.nio.file.Files;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.iat.kafka.LocalKafkaBroker;

/**
 * A real Kafka broker of its own for one test class, which the test may stop and start again (same
 * ports, same data), to see what the service does while the broker is down. Not the shared broker
 * of {@link KafkaBrokerResource}, which other test classes rely on. Use it with
 * {@code @WithTestResource(StoppableKafkaBroker.class)}.
 */
public class StoppableKafkaBroker implements QuarkusTestResourceLifecycleManager {

    private static LocalKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        try {
            broker = new LocalKafkaBroker(Files.createTempDirectory("iat-test-kafka-stoppable"), KafkaBrokerResource.freePort(),
                    KafkaBrokerResource.freePort());
            broker.start();
            return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the stoppable Kafka broker: " + e.getMessage(), e);
        }
    }

    /** Shuts the broker down, as a crash of the broker would look to the service. */
    public static void stopBroker() {
        broker.close();
    }

    /** Starts it again on the same ports with the same data. */
    public static void startBroker() throws Exception {
        broker.start();
    }

    @Override
    public void stop() {
        broker.close();
    }
}
