package nl.iat.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import io.quarkus.test.junit.QuarkusTest;
import nl.iat.gateway.support.FaithfulUpstreams;
import nl.iat.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway refuses every request without a valid bearer token in the Authorization header
 * with a 401 problem, and such a request never reaches the service.
 */
@QuarkusTest
class AuthenticationTest {

    private static final String PATH = "/api/measures/v1/measures";
    private int callsBefore;

    @BeforeEach
    void countCalls() {
        callsBefore = FaithfulUpstreams.apiCalls("measures");
    }

    @AfterEach
    void nothingReachedTheService() {
        assertEquals(callsBefore, FaithfulUpstreams.apiCalls("measures"), "a refused request reached the service");
    }

    @Test
    void noToken() {
        assertUnauthorized(null);
    }

    @Test
    void expiredToken() {
        Instant past = Instant.now().minusSeconds(3_600);
        assertUnauthorized(TestTokens.claims("viewer-client", Roles.VIEWER)
                .issuedAt(past.minusSeconds(600)).expiresAt(past).sign(TestTokens.privateKey()));
    }

    @Test
    void wrongIssuer() {
        assertUnauthorized(TestTokens.claims("viewer-client", Roles.VIEWER)
                .issuer("https://evil.example/issuer").sign(TestTokens.privateKey()));
    }

    @Test
    void wrongAudience() {
        assertUnauthorized(TestTokens.claims("viewer-client", Roles.VIEWER)
                .audience("another-suite").sign(TestTokens.privateKey()));
    }

    @Test
    void unsignedTokenWithAlgNone() {
        String valid = TestTokens.forRole(Roles.ADMIN);
        String header = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = valid.split("\\.")[1];
        assertUnauthorized(header + "." + payload + ".");
    }

    @Test
    void tamperedSignature() {
        String[] parts = TestTokens.forRole(Roles.VIEWER).split("\\.");
        // Claim to be admin while keeping the viewer token's signature.
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"viewer\"", "\"admin\"");
        assertUnauthorized(parts[0] + "." + encode(payload) + "." + parts[2]);
    }

    @Test
    void tokenSignedWithAnotherKey() throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        assertUnauthorized(TestTokens.claims("viewer-client", Roles.VIEWER).sign(generator.generateKeyPair().getPrivate()));
    }

    @Test
    void tokenInTheQueryStringIsRefusedEvenWhenValid() {
        given().queryParam("access_token", TestTokens.forRole(Roles.ADMIN))
                .when().get(PATH)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("Authorization header"));
    }

    @Test
    void otherSchemeThanBearer() {
        given().header("Authorization", "Basic YWRtaW46YWRtaW4=")
                .when().get(PATH)
                .then().statusCode(401).contentType("application/problem+json");
    }

    private static void assertUnauthorized(String token) {
        var request = given();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.when().get(PATH)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .header("API-Version", "1.0.0")
                .header("Cache-Control", "no-store")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("requestId", notNullValue());
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
