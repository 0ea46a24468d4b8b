package nl.iat.gateway.security;

import java.time.Duration;
import java.util.Optional;

import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * First step on the API routes: verifies the bearer token from the {@code Authorization} header
 * (signature with the configured public key and RS256 only, issuer, audience, expiry; all in
 * {@code mp.jwt.*}) and remembers the caller. It refuses nothing itself: the rate limiter needs
 * to know the caller first, and {@link AccessPolicy} decides.
 * <p>
 * A client sends the same token with every call, and verifying an RS256 signature costs more than
 * the rest of the proxying. So a token that verified is remembered for a short while, by its exact
 * text (signature included), and only until it expires.
 */
@Singleton
public class BearerAuthentication {

    private static final Logger LOG = Logger.getLogger(BearerAuthentication.class);
    private static final String CALLER = "iat.caller";
    private static final String PREFIX = "Bearer ";

    private final JWTParser parser;
    private final Cache<String, Verified> verified = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(5))
            .build();

    BearerAuthentication(JWTParser parser) {
        this.parser = parser;
    }

    public void handle(RoutingContext rc) {
        String header = rc.request().getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            // Looked up by the header's text as it is: no copy of the token on every call.
            check(header, PREFIX.length()).ifPresent(caller -> rc.put(CALLER, caller));
        }
        rc.next();
    }

    public static Optional<Caller> caller(RoutingContext rc) {
        return Optional.ofNullable(rc.get(CALLER));
    }

    Optional<Caller> verify(String token) {
        return check(token, 0);
    }

    /** Verifies the token that starts at {@code tokenStart} of {@code text}, remembered by that text. */
    private Optional<Caller> check(String text, int tokenStart) {
        long now = System.currentTimeMillis() / 1000;
        Verified known = verified.getIfPresent(text);
        if (known != null && known.expiresAt() > now) {
            return Optional.of(known.caller());
        }
        try {
            JsonWebToken jwt = parser.parse(text.substring(tokenStart).trim());
            Caller caller = new Caller(jwt.getSubject(), jwt.getGroups());
            verified.put(text, new Verified(caller, jwt.getExpirationTime()));
            return Optional.of(caller);
        } catch (ParseException e) {
            // The client only learns "not valid"; why is for the operator.
            LOG.debugf("Bearer token refused: %s", e.getMessage());
            return Optional.empty();
        }
    }

    /** A token whose signature and claims were checked, with its expiry (epoch seconds). */
    private record Verified(Caller caller, long expiresAt) {
    }
}
