package nl.iat.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nl.iat.gateway.security.Roles;
import nl.iat.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A burst larger than the connection pool waits for a free connection (the pool wait) instead of
 * failing on the much shorter TCP connect timeout.
 */
@QuarkusTest
@TestProfile(ConnectionPoolTest.OneConnectionPerLoop.class)
class ConnectionPoolTest {

    private static final String ADMIN = TestTokens.bearer(Roles.ADMIN);

    public static class OneConnectionPerLoop implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // One pooled connection per event loop and a connect timeout far below the 300 ms the
            // service takes per call: only the pool wait lets the queued calls through.
            return Map.of("iat.gateway.resilience.max-connections", "1",
                    "iat.gateway.resilience.connect-timeout", "100ms",
                    "iat.gateway.resilience.pool-wait", "5s");
        }
    }

    @Test
    void aBurstBeyondThePoolWaitsForAConnection() {
        // Twice as many calls at once as Quarkus has event loops (two per core), so calls share a
        // loop's one connection.
        int eventLoops = 2 * Runtime.getRuntime().availableProcessors();
        int calls = 2 * eventLoops;
        List<CompletableFuture<Integer>> burst = IntStream.range(0, calls)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> given().header("Authorization", ADMIN)
                        .when().get("/api/reports/v1/busy").statusCode()))
                .toList();
        List<Integer> statuses = burst.stream().map(CompletableFuture::join).toList();
        assertEquals(List.of(200), statuses.stream().distinct().toList(), "every call of the burst was served");
    }
}
