package nl.iat.platform.security;

import java.time.Duration;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token check of every request ({@code mp.jwt.*}: RS256 signature, issuer, audience,
 * expiry), remembering a token that passed by its exact text, signature included, until it
 * expires and for at most 5 minutes (ADR 0203). A client sends the same token with every call,
 * and parsing and verifying it cost about a sixth of the budget-service's CPU per ledger entry.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RememberingJwtParser extends DefaultJWTParser {

    private final Cache<String, JsonWebToken> verified = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(5))
            .build();

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null && known.getExpirationTime() > System.currentTimeMillis() / 1000) {
            return known;
        }
        JsonWebToken jwt = super.parse(token);
        verified.put(token, jwt);
        return jwt;
    }
}
