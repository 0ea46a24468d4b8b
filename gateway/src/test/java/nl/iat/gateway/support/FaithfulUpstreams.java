package nl.iat.gateway.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import nl.iat.testing.TestTokens;

/**
 * Starts the three faithful services on free ports and points the gateway at them, with the test
 * key pair for verifying (and, for development tokens, signing) bearer tokens.
 */
public class FaithfulUpstreams implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, String> PREFIXES = Map.of(
            "measures", "/api/measures/v1", "budget", "/api/budget/v1", "reports", "/api/reports/v1");
    private static final Map<String, FakeService> RUNNING = new ConcurrentHashMap<>();

    private Vertx vertx;

    public static FakeService service(String name) {
        return RUNNING.get(name);
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        PREFIXES.forEach((name, prefix) -> {
            FakeService service = new FakeService(vertx, name, prefix, freePort());
            service.start();
            RUNNING.put(name, service);
            config.put("iat.gateway.routes." + name + ".url", service.url());
        });
        String publicKey = TestTokens.publicKeyLocation();
        config.put("mp.jwt.verify.publickey.location", publicKey);
        // TestTokens keeps its private key next to the public one.
        config.put("smallrye.jwt.sign.key.location", publicKey.replace("public.pem", "private.pem"));
        return config;
    }

    @Override
    public void stop() {
        RUNNING.values().forEach(FakeService::stop);
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
