package nl.iat.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import nl.iat.testing.TestTokens;
import nl.iat.testing.Waits;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The remembered verifications never outlive the token: with the real smallrye-jwt parser and no
 * clock skew, a token that verified is refused once it has expired.
 */
@Tag("unit")
class BearerAuthenticationTest {

    private final BearerAuthentication authentication = new BearerAuthentication(new DefaultJWTParser(strictContext()));

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() {
        Instant expiry = Instant.now().plusSeconds(2);
        String token = TestTokens.claims("short-lived-client", Roles.VIEWER).expiresAt(expiry).sign(TestTokens.privateKey());

        assertEquals(new Caller("short-lived-client", Set.of(Roles.VIEWER)), authentication.verify(token).orElseThrow());
        assertTrue(authentication.verify(token).isPresent(), "still valid, from memory");

        Waits.until(Instant::now, now -> now.isAfter(expiry.plusMillis(1_100)), Duration.ofSeconds(5));
        assertTrue(authentication.verify(token).isEmpty(), "expired, so verified again and refused");
    }

    @Test
    void aTokenThatFailedIsNotRemembered() {
        String token = TestTokens.claims("client", Roles.VIEWER).audience("elsewhere").sign(TestTokens.privateKey());
        assertTrue(authentication.verify(token).isEmpty());
        assertTrue(authentication.verify(token).isEmpty());
    }

    private static JWTAuthContextInfo strictContext() {
        JWTAuthContextInfo context = new JWTAuthContextInfo(TestTokens.publicKeyLocation(), TestTokens.ISSUER);
        context.setExpectedAudience(Set.of(TestTokens.AUDIENCE));
        context.setClockSkew(0);
        return context;
    }
}
