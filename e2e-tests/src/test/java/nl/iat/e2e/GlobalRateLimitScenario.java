package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.iat.e2e.harness.Figures;
import nl.iat.e2e.harness.ManagedProcess;
import nl.iat.e2e.harness.Suite;
import nl.iat.e2e.harness.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Scenario 13: two gateway processes in front of the same services share one client's rate limit
 * through Redis (ADR 0407): requests spread over both are refused once the one budget is used.
 */
class GlobalRateLimitScenario {

    private static final int BURST = 20;
    private static final int PER_MINUTE = 6;
    private static final int REQUESTS = 60;

    private final HttpClient http = HttpClient.newHttpClient();
    private List<ManagedProcess> gateways = List.of();

    @AfterEach
    void stopGateways() {
        gateways.forEach(ManagedProcess::stop);
    }

    @Test
    void theLimitHoldsAcrossTwoGatewayProcesses() throws Exception {
        Suite suite = Suite.get();
        Map<String, String> tight = Map.of("IAT_RATE_LIMIT_BURST", String.valueOf(BURST),
                "IAT_RATE_LIMIT_PER_MINUTE", String.valueOf(PER_MINUTE),
                "IAT_RATE_LIMIT_KEY_PREFIX", "iat-e2e-global:" + UUID.randomUUID() + ":",
                "IAT_REDIS_URL", "redis://127.0.0.1:6379");
        gateways = List.of(suite.gateway("gateway-a", tight), suite.gateway("gateway-b", tight));
        gateways.forEach(ManagedProcess::start);
        gateways.forEach(g -> g.awaitReady(Duration.ofSeconds(90)));

        String token = "Bearer " + Tokens.of("viewer");
        int[] accepted = new int[2];
        int refused = 0;
        long started = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            int status = get(gateways.get(i % 2), token);
            assertTrue(status == 200 || status == 429, "only answers or refusals: " + status);
            accepted[i % 2] += status == 200 ? 1 : 0;
            refused += status == 429 ? 1 : 0;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // The burst, plus what the bucket regained while the requests ran, plus one for rounding.
        int budget = BURST + (int) Math.ceil(seconds * PER_MINUTE / 60) + 1;
        int total = accepted[0] + accepted[1];

        assertTrue(total <= budget, "accepted " + total + " over both gateways, budget " + budget);
        assertTrue(total >= BURST, "the whole burst is available: " + total);
        assertTrue(accepted[0] > 0 && accepted[1] > 0, "both gateways served: " + accepted[0] + ", " + accepted[1]);
        assertEquals(REQUESTS - total, refused);
        Figures.record("16 global rate limit", Map.of("gateway processes", 2, "burst", BURST,
                "requests", REQUESTS, "accepted by a", accepted[0], "accepted by b", accepted[1],
                "refused (429)", refused, "seconds", Math.round(seconds * 10) / 10.0));
    }

    private int get(ManagedProcess gateway, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.url() + "/api/measures/v1/measures"))
                .header("Authorization", token).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
