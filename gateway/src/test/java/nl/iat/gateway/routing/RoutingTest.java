package nl.iat.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.iat.gateway.security.Roles;
import nl.iat.gateway.support.FakeService;
import nl.iat.gateway.support.FaithfulUpstreams;
import nl.iat.testing.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every API reaches its own service with method, path, query, headers and body as sent. */
@QuarkusTest
class RoutingTest {

    private static final String ADMIN = TestTokens.bearer(Roles.ADMIN);

    @ParameterizedTest
    @CsvSource({"measures, /api/measures/v1", "budget, /api/budget/v1", "reports, /api/reports/v1"})
    void eachApiReachesItsOwnServiceWithPathAndQueryUnchanged(String service, String prefix) {
        given().header("Authorization", ADMIN)
                .when().get(prefix + "/things/3?sort=-title&page=2")
                .then().statusCode(200)
                .body("service", equalTo(service))
                .body("method", equalTo("GET"))
                .body("uri", equalTo(prefix + "/things/3?sort=-title&page=2"));
    }

    @Test
    void writesKeepMethodBodyAndConditionalHeaders() {
        given().header("Authorization", ADMIN)
                .header("If-Match", "\"6\"")
                .header("Idempotency-Key", "7f0c-create-1")
                .contentType("application/json")
                .body("{\"amountCents\":1300000000}")
                .when().put("/api/budget/v1/envelopes/2018")
                .then().statusCode(200)
                .body("method", equalTo("PUT"))
                .body("body", equalTo("{\"amountCents\":1300000000}"))
                .body("headers.if-match", equalTo("\"6\""))
                .body("headers.idempotency-key", equalTo("7f0c-create-1"))
                .body("headers.content-type", containsString("application/json"));
    }

    @Test
    void theTokenIsForwardedSoTheServiceChecksAgain() {
        given().header("Authorization", ADMIN)
                .when().get("/api/measures/v1/measures")
                .then().body("headers.authorization", equalTo(ADMIN));
    }

    @Test
    void serviceResponseHeadersPassThroughUnchanged() {
        given().header("Authorization", ADMIN)
                .when().get("/api/measures/v1/measures")
                .then().statusCode(200)
                .header("API-Version", FakeService.API_VERSION)
                .header("ETag", "\"7\"")
                .header("Cache-Control", "private, max-age=5");
    }

    @ParameterizedTest
    @CsvSource({"204", "404", "412", "428", "500", "503"})
    void statusCodesPassThrough(int status) {
        given().header("Authorization", ADMIN)
                .when().get("/api/reports/v1/reports?status=" + status)
                .then().statusCode(status);
    }

    @Test
    void problemBodiesOfTheServicePassThroughUnchanged() {
        given().header("Authorization", ADMIN)
                .when().get("/api/measures/v1/problem")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .header("API-Version", FakeService.API_VERSION)
                .body("type", equalTo("https://iat.local/problems/stale"))
                .body("detail", equalTo("raised by measures"));
    }

    @Test
    void locationPointsAtTheGatewayNotTheService() {
        given().header("Authorization", ADMIN)
                .contentType("application/json").body("{}")
                .when().post("/api/measures/v1/measures")
                .then().statusCode(201)
                .header("Location", equalTo("http://localhost:8080/api/measures/v1/measures/42"));
    }

    @Test
    void aRequestIdIsMadeWhenAbsentAndForwarded() {
        Response response = given().header("Authorization", ADMIN).when().get("/api/budget/v1/envelopes");
        String id = response.header("X-Request-Id");
        assertEquals(id, response.path("headers.x-request-id"), "the service got the id the client sees");
        org.hamcrest.MatcherAssert.assertThat(id, matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void aClientsRequestIdIsKeptWhenPlainAndReplacedWhenNot() {
        given().header("Authorization", ADMIN).header("X-Request-Id", "dashboard-42")
                .when().get("/api/reports/v1/reports")
                .then().header("X-Request-Id", "dashboard-42").body("headers.x-request-id", equalTo("dashboard-42"));
        given().header("Authorization", ADMIN).header("X-Request-Id", "<script>")
                .when().get("/api/reports/v1/reports")
                .then().header("X-Request-Id", not(equalTo("<script>")));
    }

    @Test
    void unknownApisAreProblems() {
        given().header("Authorization", ADMIN)
                .when().get("/api/payments/v1/payments")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("requestId", notNullValue());
        given().when().get("/nothing-here")
                .then().statusCode(404).contentType("application/problem+json").body("title", equalTo("Not Found"));
    }

    @Test
    void pathsThatCouldEscapeTheirApiAreRefused() {
        int before = FaithfulUpstreams.service("budget").apiCalls();
        given().urlEncodingEnabled(false).header("Authorization", ADMIN)
                .when().get("/api/measures/v1/%2e%2e/%2e%2e/budget/v1/envelopes")
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, FaithfulUpstreams.service("budget").apiCalls());
    }

    @Test
    void aPrefixLookalikeIsNotRouted() {
        given().header("Authorization", ADMIN)
                .when().get("/api/measures/v10/things")
                .then().statusCode(404).body("detail", endsWith("/api/reports/v1."));
    }
}
