package nl.iat.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.iat.gateway.security.Roles;
import nl.iat.gateway.support.FaithfulUpstreams;
import nl.iat.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Security headers of the NL GOV ADR transport module, CORS allow-list and size limits. */
@QuarkusTest
class TransportSecurityTest {

    private static final String ADMIN = TestTokens.bearer(Roles.ADMIN);

    @TestHTTPResource("/api/measures/v1/measures")
    URI measures;

    @ParameterizedTest
    @ValueSource(strings = {"/api/measures/v1/measures", "/api/measures/v1/openapi.json", "/q/health/ready",
            "/docs/index.html", "/nothing-here", "/api/budget/v1/envelopes?access_token=x"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        assertSecurityHeaders(given().header("Authorization", ADMIN).when().get(path).then());
    }

    @Test
    void noHstsOverPlainHttp() {
        given().header("Authorization", ADMIN).when().get("/api/measures/v1/measures")
                .then().header("Strict-Transport-Security", nullValue());
    }

    @Test
    void preflightFromAnAllowedOriginIsAnswered() {
        int before = FaithfulUpstreams.apiCalls("measures");
        assertSecurityHeaders(given().header("Origin", "http://localhost:8080")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .when().options("/api/measures/v1/measures")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:8080")
                .header("Access-Control-Allow-Methods", org.hamcrest.Matchers.containsString("POST"))
                .header("Access-Control-Allow-Headers", org.hamcrest.Matchers.containsStringIgnoringCase("If-Match")));
        org.junit.jupiter.api.Assertions.assertEquals(before, FaithfulUpstreams.apiCalls("measures"),
                "a preflight is answered by the gateway itself");
    }

    @Test
    void preflightFromAnotherOriginIsRefused() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .when().options("/api/measures/v1/measures/1")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue())
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("title", equalTo("Forbidden"))
                .body("detail", org.hamcrest.Matchers.containsString("https://evil.example"))
                .body("requestId", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void corsResponsesExposeTheApiHeaders() {
        given().header("Origin", "http://localhost:8080").header("Authorization", ADMIN)
                .when().get("/api/measures/v1/measures")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:8080")
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("ETag"));
    }

    @Test
    void tooLargeBodyIsRefusedBeforeReachingTheService() {
        int before = FaithfulUpstreams.apiCalls("measures");
        given().header("Authorization", ADMIN).contentType("application/json")
                .body(new byte[1_048_577])
                .when().post("/api/measures/v1/measures")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
        org.junit.jupiter.api.Assertions.assertEquals(before, FaithfulUpstreams.apiCalls("measures"));
    }

    @Test
    void bodyAtTheLimitPasses() {
        given().header("Authorization", ADMIN).contentType("application/json")
                .body(new byte[1_048_576])
                .when().post("/api/measures/v1/measures")
                .then().statusCode(201);
    }

    @Test
    void chunkedBodyWithoutLengthIsRefused() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(measures)
                .header("Authorization", ADMIN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("{}".getBytes())))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(411, response.statusCode());
        org.junit.jupiter.api.Assertions.assertEquals("application/problem+json",
                response.headers().firstValue("Content-Type").orElseThrow());
    }

    private static ValidatableResponse assertSecurityHeaders(ValidatableResponse response) {
        return response
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "frame-ancestors 'none'")
                .header("Cache-Control", org.hamcrest.Matchers.notNullValue())
                .header("X-Request-Id", org.hamcrest.Matchers.notNullValue());
    }
}
