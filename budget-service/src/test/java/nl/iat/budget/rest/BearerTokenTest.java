package nl.iat.budget.rest;

import static io.restassured.RestAssured.given;
import static nl.iat.budget.rest.BudgetFixtures.BASE;
import static nl.iat.budget.rest.BudgetFixtures.entry;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import nl.iat.platform.security.Roles;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A verified token is remembered by its exact text (ADR 0203): that must never let a token with
 * another signature through, nor give a remembered token more rights than its roles.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class BearerTokenTest {

    @Inject
    JWTParser parser;

    @Test
    void aVerifiedTokenIsRemembered() throws ParseException {
        String token = TestTokens.forRole(Roles.VIEWER);
        assertSame(parser.parse(token), parser.parse(token), "the second check reuses the first");
    }

    @Test
    void aRememberedTokenWithAnotherSignatureIsRefused() {
        String token = TestTokens.forRole(Roles.BUDGET_CONTROLLER);
        withToken(token).get(BASE + "/budget-lines").then().statusCode(200);

        withToken(otherSignature(token)).get(BASE + "/budget-lines").then().statusCode(401)
                .contentType("application/problem+json");
        withToken(token).get(BASE + "/budget-lines").then().statusCode(200);
    }

    @Test
    void aRememberedTokenKeepsOnlyItsRoles() {
        String viewer = TestTokens.forRole(Roles.VIEWER);
        withToken(viewer).get(BASE + "/budget-lines").then().statusCode(200);

        withToken(viewer).body(entry("INCREASE", UUID.randomUUID(), 1L))
                .post(BASE + "/budget-lines/" + UUID.randomUUID() + "/ledger-entries")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static io.restassured.specification.RequestSpecification withToken(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    /** The same header and claims with one signature character changed. */
    private static String otherSignature(String token) {
        int at = token.lastIndexOf('.') + 10;
        char replacement = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + replacement + token.substring(at + 1);
    }
}
