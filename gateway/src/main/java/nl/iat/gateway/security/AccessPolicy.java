package nl.iat.gateway.security;

import java.util.Optional;
import java.util.Set;

import jakarta.inject.Singleton;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import nl.iat.gateway.problem.Problems;
import nl.iat.gateway.routing.Upstream;

/**
 * Decides per route and method who may pass: reading needs any known role, writing needs one of
 * the route's write roles, and the services' OpenAPI and AsyncAPI documents are open so Swagger UI
 * can load them. The services check the forwarded token again.
 */
@Singleton
public class AccessPolicy {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);

    public void handle(RoutingContext rc, Upstream upstream) {
        if (rc.queryParams().contains("access_token")) {
            unauthorized(rc, "Send the bearer token in the Authorization header only; a token in the URL ends up in logs.");
            return;
        }
        boolean read = READS.contains(rc.request().method());
        if (read && upstream.isPublicDocument(rc.normalizedPath())) {
            rc.next();
            return;
        }
        Optional<Caller> caller = BearerAuthentication.caller(rc);
        if (caller.isEmpty()) {
            unauthorized(rc, "A valid bearer token (signed by the suite's issuer, for this audience, not expired) is required.");
        } else if (!caller.get().hasAnyOf(read ? Roles.ALL : upstream.writeRoles())) {
            Problems.send(rc, 403, "Forbidden", "Your roles " + caller.get().roles() + " may not "
                    + (read ? "read from" : "change") + " the " + upstream.name() + " API.");
        } else {
            rc.next();
        }
    }

    private static void unauthorized(RoutingContext rc, String detail) {
        rc.response().putHeader("WWW-Authenticate", "Bearer realm=\"iat-suite\"");
        Problems.send(rc, 401, "Unauthorized", detail);
    }
}
