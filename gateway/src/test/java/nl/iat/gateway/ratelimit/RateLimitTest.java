package nl.iat.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nl.iat.gateway.security.Roles;
import nl.iat.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Each client gets its own budget of requests; over it, 429 with Retry-After. */
@QuarkusTest
@TestProfile(RateLimitTest.TightLimits.class)
class RateLimitTest {

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("iat.gateway.rate-limit.burst", "3", "iat.gateway.rate-limit.per-minute", "1");
        }
    }

    @Test
    void aClientOverItsLimitGets429WithRetryAfterAndOthersAreNotAffected() {
        String greedy = "Bearer " + TestTokens.token("greedy-dashboard", Roles.VIEWER);
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", greedy).when().get("/api/reports/v1/reports").then().statusCode(200);
        }
        given().header("Authorization", greedy).when().get("/api/reports/v1/reports")
                .then().statusCode(429)
                .contentType("application/problem+json")
                // One request comes back a minute after the burst began.
                .header("Retry-After", Integer::parseInt, allOf(greaterThan(0), lessThanOrEqualTo(60)))
                .body("status", equalTo(429))
                .body("title", equalTo("Too Many Requests"));

        String other = "Bearer " + TestTokens.token("calm-dashboard", Roles.VIEWER);
        given().header("Authorization", other).when().get("/api/reports/v1/reports").then().statusCode(200);
    }

    @Test
    void anonymousClientsAreLimitedByAddress() {
        int refused = 0;
        for (int i = 0; i < 5; i++) {
            int status = given().when().get("/api/measures/v1/measures").statusCode();
            refused += status == 429 ? 1 : 0;
        }
        // Three 401s in the burst, then 429s: floods of bad tokens are limited too.
        assertEquals(2, refused, "requests over the burst of 3 are refused");
    }
}
