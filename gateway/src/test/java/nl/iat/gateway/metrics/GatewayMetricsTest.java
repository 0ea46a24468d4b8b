package nl.iat.gateway.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nl.iat.gateway.security.Roles;
import nl.iat.testing.PrometheusText;
import nl.iat.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Requests are counted by API, status and role, rate-limit refusals by API and role, and no metric
 * carries a request's path.
 */
@QuarkusTest
@TestProfile(GatewayMetricsTest.BurstOfThree.class)
class GatewayMetricsTest {

    public static class BurstOfThree implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("iat.gateway.rate-limit.burst", "3", "iat.gateway.rate-limit.per-minute", "1");
        }
    }

    @Test
    void requestsAndRateLimitRefusalsAreCountedByRouteStatusAndRole() {
        String viewer = "Bearer " + TestTokens.token("metrics-viewer-" + UUID.randomUUID(), Roles.VIEWER);
        String controller = "Bearer " + TestTokens.token("metrics-controller-" + UUID.randomUUID(), Roles.BUDGET_CONTROLLER);
        String before = metrics();

        for (int i = 0; i < 3; i++) {
            given().header("Authorization", viewer).get("/api/reports/v1/reports").then().statusCode(200);
        }
        given().header("Authorization", viewer).get("/api/reports/v1/reports").then().statusCode(429);
        given().header("Authorization", controller).contentType("application/json").body("{}")
                .post("/api/reports/v1/progress-reports").then().statusCode(403);
        String id = UUID.randomUUID().toString();
        given().header("Authorization", controller).get("/api/budget/v1/envelopes/" + id);
        given().get("/api/unknown/" + id).then().statusCode(404);
        given().get("/dashboard/" + id + ".js");
        given().get("/" + id);
        String after = metrics();

        assertEquals(3, increase(before, after, "iat_gateway_requests_total",
                Map.of("route", "reports", "status", "200", "role", Roles.VIEWER)));
        assertEquals(1, increase(before, after, "iat_gateway_requests_total",
                Map.of("route", "reports", "status", "429", "role", Roles.VIEWER)));
        assertEquals(1, increase(before, after, "iat_gateway_rate_limited_total",
                Map.of("route", "reports", "role", Roles.VIEWER)));
        assertEquals(1, increase(before, after, "iat_gateway_requests_total",
                Map.of("route", "reports", "status", "403", "role", Roles.BUDGET_CONTROLLER)));
        assertEquals(1, increase(before, after, "iat_gateway_requests_total",
                Map.of("route", "budget", "role", Roles.BUDGET_CONTROLLER)));
        assertFalse(after.contains(id), "no metric is labelled with a request's path, whatever the route");
        assertEquals(0, PrometheusText.value(after, "iat_gateway_circuit_open", Map.of("route", "budget")),
                "the budget circuit is closed");
    }

    private static double increase(String before, String after, String name, Map<String, String> labels) {
        return PrometheusText.value(after, name, labels) - PrometheusText.value(before, name, labels);
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
