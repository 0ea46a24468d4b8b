package nl.iat.gateway.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

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
 */
@ApplicationScoped
public class BearerAuthentication {

    private static final Logger LOG = Logger.getLogger(BearerAuthentication.class);
    private static final String CALLER = "iat.caller";
    private static final String PREFIX = "Bearer ";

    private final JWTParser parser;

    BearerAuthentication(JWTParser parser) {
        this.parser = parser;
    }

    public void handle(RoutingContext rc) {
        String header = rc.request().getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            verify(header.substring(PREFIX.length()).trim()).ifPresent(caller -> rc.put(CALLER, caller));
        }
        rc.next();
    }

    public static Optional<Caller> caller(RoutingContext rc) {
        return Optional.ofNullable(rc.get(CALLER));
    }

    private Optional<Caller> verify(String token) {
        try {
            JsonWebToken jwt = parser.parse(token);
            return Optional.of(new Caller(jwt.getSubject(), jwt.getGroups()));
        } catch (ParseException e) {
            // The client only learns "not valid"; why is for the operator.
            LOG.debugf("Bearer token refused: %s", e.getMessage());
            return Optional.empty();
        }
    }
}
