package nl.iat.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.iat.kafka.LocalKafkaBroker;

/**
 * A real Kafka broker for a service's tests: started once in the test JVM (shared by every test
 * class that names this resource, stopped when the JVM exits), or the external broker named by
 * {@code KAFKA_BOOTSTRAP_SERVERS}. Use it with {@code @WithTestResource(KafkaBrokerResource.class)}.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    /** Survives Quarkus restarts between test classes, which may reload this class. */
    private static final String STARTED = "iat.test.kafka.bootstrap";

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    public static synchronized String bootstrapServers() {
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            return external;
        }
        String started = System.getProperty(STARTED);
        if (started == null) {
            started = startEmbedded();
            System.setProperty(STARTED, started);
        }
        return started;
    }

    private static String startEmbedded() {
        try {
            Path data = Files.createTempDirectory("iat-test-kafka");
            LocalKafkaBroker broker = new LocalKafkaBroker(data, freePort(), freePort());
            broker.start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "test-kafka-shutdown"));
            return broker.bootstrapServers();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded Kafka broker: " + e.getMessage(), e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        // The broker outlives one test class on purpose; the JVM shutdown hook stops it.
    }
}
