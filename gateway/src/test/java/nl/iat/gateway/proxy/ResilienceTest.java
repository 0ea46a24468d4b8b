package nl.iat.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.gateway.security.Roles;
import nl.iat.gateway.support.FakeService;
import nl.iat.gateway.support.FaithfulUpstreams;
import nl.iat.testing.PrometheusText;
import nl.iat.testing.TestTokens;
import nl.iat.testing.Waits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A service that is down or silent costs its own API a quick problem response, never the others,
 * and its traffic resumes by itself when it is back.
 */
@QuarkusTest
class ResilienceTest {

    private static final String ADMIN = TestTokens.bearer(Roles.ADMIN);

    @TestHTTPResource("/")
    URL gateway;

    @AfterEach
    void bringBudgetBack() {
        FaithfulUpstreams.service("budget").start();
        // Let the circuit close again so other tests find a healthy budget API.
        Waits.until(this::budgetStatus, status -> status == 200, Duration.ofSeconds(5));
    }

    @Test
    void downServiceGivesQuickProblemsOpensTheCircuitAndRecovers() {
        FakeService budget = FaithfulUpstreams.service("budget");
        budget.stop();

        given().header("Authorization", ADMIN).when().get("/api/budget/v1/envelopes")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .header("API-Version", "1.0.0")
                .body("title", equalTo("Bad Gateway"))
                .body("requestId", org.hamcrest.Matchers.notNullValue())
                .time(lessThan(2_000L), TimeUnit.MILLISECONDS);
        // Further failures open the circuit: answered at once, with a hint when to retry.
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", ADMIN).when().get("/api/budget/v1/envelopes");
        }
        given().header("Authorization", ADMIN).when().get("/api/budget/v1/envelopes")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .time(lessThan(2_000L), TimeUnit.MILLISECONDS);
        String metrics = given().get("/q/metrics").then().extract().asString();
        assertEquals(1, PrometheusText.value(metrics, "iat_gateway_circuit_open", Map.of("route", "budget")),
                "the open circuit is on /q/metrics for the alert");

        // The other APIs are untouched.
        given().header("Authorization", ADMIN).when().get("/api/measures/v1/measures").then().statusCode(200);
        given().header("Authorization", ADMIN).when().get("/api/reports/v1/reports").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'upstreams' }.data.budget", startsWith("DOWN"))
                .body("checks.find { it.name == 'upstreams' }.data.measures", startsWith("UP"));

        budget.start();
        long started = System.nanoTime();
        int status = Waits.until(this::budgetStatus, s -> s == 200, Duration.ofSeconds(5));
        assertEquals(200, status, "traffic resumes once the service is back");
        org.hamcrest.MatcherAssert.assertThat("recovered within 2 s",
                (System.nanoTime() - started) / 1_000_000, lessThan(2_000L));
        given().when().get("/q/health/ready").then()
                .body("checks.find { it.name == 'upstreams' }.data.budget", equalTo("UP, circuit CLOSED"));
    }

    @Test
    void silentServiceGivesGatewayTimeoutWithinTwoSeconds() {
        // Warm up first: the timing below is the upstream timeout, not the test JVM's first call.
        given().header("Authorization", ADMIN).when().get("/api/reports/v1/reports").then().statusCode(200);
        given().header("Authorization", ADMIN).when().get("/api/reports/v1/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("title", equalTo("Gateway Timeout"))
                .time(lessThan(2_000L), TimeUnit.MILLISECONDS);
    }

    @Test
    void clientsHangingUpDoNotOpenTheCircuit() throws Exception {
        // Each client announces a body, sends part of it and hangs up: the forwarded call breaks
        // off at once, which is the client's doing, not the service's.
        for (int i = 0; i < 8; i++) {
            try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
                socket.getOutputStream().write(("POST /api/reports/v1/progress-reports HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: " + ADMIN + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{\"peil").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                Waits.pause(50);
            }
        }
        // Once opened, only a successful call closes the circuit again: it must never have opened.
        Waits.pause(1_000);
        given().when().get("/q/health/ready").then()
                .body("checks.find { it.name == 'upstreams' }.data.reports", equalTo("UP, circuit CLOSED"));
        given().header("Authorization", ADMIN).when().get("/api/reports/v1/reports").then().statusCode(200);
    }

    private int budgetStatus() {
        return given().header("Authorization", ADMIN).when().get("/api/budget/v1/envelopes").statusCode();
    }
}
