package nl.iat.gateway.devtokens;

import java.time.Duration;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.smallrye.jwt.build.Jwt;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import nl.iat.gateway.problem.Problems;
import nl.iat.gateway.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /dev/tokens?role=admin}: a signed token for any role, for the local run only. The
 * route is not registered at all unless {@code iat.dev-tokens.enabled=true} (env
 * {@code IAT_DEV_TOKENS}), so in production the path is a plain 404. It signs with the private key
 * at {@code IAT_JWT_PRIVATE_KEY}, which exists only on a developer's machine.
 */
@ApplicationScoped
public class DevTokenRoute {

    private static final Duration LIFETIME = Duration.ofHours(8);

    @ConfigProperty(name = "iat.dev-tokens.enabled")
    boolean enabled;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Set<String> audiences;

    void register(@Observes Router router) {
        if (enabled) {
            requireSigningKey();
            // Signing reads the key file: keep it off the event loop.
            router.get("/dev/tokens").blockingHandler(this::issue);
        }
    }

    /** Fails the start when development tokens are on but cannot be signed: better than a 500 later. */
    private void requireSigningKey() {
        try {
            Jwt.subject("startup-check").sign();
        } catch (RuntimeException e) {
            throw new IllegalStateException("IAT_DEV_TOKENS is on, but no private key can be read from "
                    + "IAT_JWT_PRIVATE_KEY (smallrye.jwt.sign.key.location): " + e.getMessage(), e);
        }
    }

    private void issue(RoutingContext rc) {
        String role = rc.queryParams().get("role");
        if (role == null || !Roles.ALL.contains(role)) {
            Problems.send(rc, 400, "Bad Request", "Name one role with ?role=, one of " + Roles.ALL + ".");
            return;
        }
        String subject = "dev-" + role;
        String token = Jwt.issuer(issuer)
                .audience(audiences)
                .subject(subject)
                .upn(subject)
                .groups(role)
                .expiresIn(LIFETIME)
                .sign();
        rc.response().putHeader("Content-Type", "application/json")
                .end(new JsonObject()
                        .put("accessToken", token)
                        .put("tokenType", "Bearer")
                        .put("expiresIn", LIFETIME.toSeconds())
                        .put("role", role)
                        .encode());
    }
}
