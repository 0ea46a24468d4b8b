package nl.iat.gateway.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import nl.iat.testing.TestTokens;

/**
 * Starts the three faithful services on free ports and points the gateway at them, with the test
 * key pair for verifying (and, for development tokens, signing) bearer tokens. The measures service
 * runs as two replicas, as in production; the others as one. Rate-limit buckets in Redis get a key
 * prefix of their own, so test runs never share them.
 */
public class FaithfulUpstreams implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, String> PREFIXES = Map.of(
            "measures", "/api/measures/v1", "budget", "/api/budget/v1", "reports", "/api/reports/v1");
    private static final Map<String, Integer> REPLICAS = Map.of("measures", 2, "budget", 1, "reports", 1);
    private static final Map<String, List<FakeService>> RUNNING = new ConcurrentHashMap<>();

    private Vertx vertx;

    /** The service's (first) replica. */
    public static FakeService service(String name) {
        return RUNNING.get(name).get(0);
    }

    public static List<FakeService> replicas(String name) {
        return RUNNING.get(name);
    }

    /** API calls that reached any replica of the service. */
    public static int apiCalls(String name) {
        return RUNNING.get(name).stream().mapToInt(FakeService::apiCalls).sum();
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        PREFIXES.forEach((name, prefix) -> {
            List<FakeService> replicas = IntStream.range(0, REPLICAS.get(name))
                    .mapToObj(i -> new FakeService(vertx, name, prefix, freePort())).toList();
            replicas.forEach(FakeService::start);
            RUNNING.put(name, replicas);
            config.put("iat.gateway.routes." + name + ".url",
                    String.join(",", replicas.stream().map(FakeService::url).toList()));
        });
        config.put("iat.gateway.rate-limit.key-prefix", "iat-test:" + UUID.randomUUID() + ":");
        String publicKey = TestTokens.publicKeyLocation();
        config.put("mp.jwt.verify.publickey.location", publicKey);
        // TestTokens keeps its private key next to the public one.
        config.put("smallrye.jwt.sign.key.location", publicKey.replace("public.pem", "private.pem"));
        return config;
    }

    @Override
    public void stop() {
        RUNNING.values().forEach(replicas -> replicas.forEach(FakeService::stop));
        RUNNING.clear();
        vertx.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
