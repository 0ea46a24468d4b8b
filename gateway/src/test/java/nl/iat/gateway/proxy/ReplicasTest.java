package nl.iat.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.iat.gateway.security.Roles;
import nl.iat.gateway.support.FaithfulUpstreams;
import nl.iat.gateway.support.FakeService;
import nl.iat.testing.PrometheusText;
import nl.iat.testing.TestTokens;
import nl.iat.testing.Waits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The measures service runs as two replicas (FaithfulUpstreams): calls are spread over both, a
 * failing replica is left out, and what is safe to repeat is tried again on the other one.
 */
@QuarkusTest
class ReplicasTest {

    private static final String EDITOR = TestTokens.bearer(Roles.MEASURE_EDITOR);
    private static final String BODY = "{\"title\":\"Zonnepanelen op scholen\"}";

    private final FakeService first = FaithfulUpstreams.replicas("measures").get(0);
    private final FakeService second = FaithfulUpstreams.replicas("measures").get(1);

    @AfterEach
    void bothReplicasServeAgain() {
        first.start();
        first.misbehave(FakeService.Trouble.NONE);
        // The ejected replica comes back after its open time and the next successful call.
        Waits.until(() -> {
            given().header("Authorization", EDITOR).get("/api/measures/v1/measures");
            return given().get("/q/health/ready").then().extract()
                    .<String>path("checks.find { it.name == 'upstreams' }.data.measures");
        }, state -> state.equals("UP (2 of 2 replicas)") && bothClosed(), Duration.ofSeconds(10));
    }

    @Test
    void callsAreSpreadOverTheReplicasInTurn() {
        int[] before = { first.apiCalls(), second.apiCalls() };
        for (int i = 0; i < 10; i++) {
            get().then().statusCode(200);
        }
        assertEquals(5, first.apiCalls() - before[0]);
        assertEquals(5, second.apiCalls() - before[1]);
    }

    @Test
    void aDownReplicaIsRetriedElsewhereForRepeatableCallsOnlyAndThenLeftOut() {
        first.stop();
        // Fewer calls than the failure threshold (5): the down replica is still in turn.
        List<Integer> plainPosts = List.of(post(null).statusCode(), post(null).statusCode());
        assertEquals(1, plainPosts.stream().filter(s -> s == 502).count(), "a plain POST is never repeated: " + plainPosts);
        for (int i = 0; i < 2; i++) {
            post("key-" + i).then().statusCode(201)
                    .body("body", equalTo(BODY))
                    .body("headers.idempotency-key", equalTo("key-" + i));
        }
        // GETs are all answered; in turn they make the five connection failures that eject it.
        for (int i = 0; i < 20 && !replicaState(first).equals("OPEN"); i++) {
            get().then().statusCode(200);
        }
        assertEquals("OPEN", replicaState(first));

        // Ejected: the other replica takes every call at once.
        int before = second.apiCalls();
        for (int i = 0; i < 4; i++) {
            post(null).then().statusCode(201);
        }
        assertEquals(4, second.apiCalls() - before);
        given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'upstreams' }.data.measures", equalTo("UP (1 of 2 replicas)"))
                .body("checks.find { it.name == 'upstreams' }.data['measures " + address(first) + "']", startsWith("DOWN"));
        String metrics = given().get("/q/metrics").then().extract().asString();
        assertEquals(0, PrometheusText.value(metrics, "iat_gateway_circuit_open", Map.of("route", "measures")),
                "the service is up while one replica serves");
    }

    @Test
    void anUnavailableAnswerIsRetriedElsewhereForGetsNotForPlainPosts() {
        first.misbehave(FakeService.Trouble.UNAVAILABLE);
        for (int i = 0; i < 4; i++) {
            get().then().statusCode(200);
        }
        int unavailablePosts = 0;
        for (int i = 0; i < 4; i++) {
            unavailablePosts += post(null).statusCode() == 503 ? 1 : 0;
        }
        // The service's own 503 is an answer: it passes through and ejects nobody.
        assertEquals(2, unavailablePosts, "plain POSTs alternate, and the 503s pass through");
        assertEquals("CLOSED", replicaState(first));
    }

    @Test
    void aSilentReplicaIsRetriedElsewhereAfterTheTimeoutForGetsNotForPlainPosts() {
        first.misbehave(FakeService.Trouble.SILENT);
        get().then().statusCode(200);
        get().then().statusCode(200);
        List<Integer> plainPosts = List.of(post(null).statusCode(), post(null).statusCode());
        assertEquals(1, plainPosts.stream().filter(s -> s == 504).count(), "one waited for the silent replica: " + plainPosts);
    }

    @Test
    void aCreatedLocationFromEitherReplicaPointsAtTheGateway() {
        for (int i = 0; i < 2; i++) {
            post(null).then().statusCode(201).header("Location", startsWith("http://localhost:8080/api/measures/v1/"));
        }
    }

    private Response get() {
        return given().header("Authorization", EDITOR).when().get("/api/measures/v1/measures");
    }

    private Response post(String idempotencyKey) {
        var request = given().header("Authorization", EDITOR).contentType("application/json").body(BODY);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.when().post("/api/measures/v1/measures");
    }

    private static String replicaState(FakeService replica) {
        String state = given().get("/q/health/ready").then().extract()
                .path("checks.find { it.name == 'upstreams' }.data['measures " + address(replica) + "']");
        return state.substring(state.lastIndexOf(' ') + 1);
    }

    private boolean bothClosed() {
        return replicaState(first).equals("CLOSED") && replicaState(second).equals("CLOSED");
    }

    private static String address(FakeService replica) {
        return replica.url().substring("http://".length());
    }
}
