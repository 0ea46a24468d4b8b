package nl.iat.gateway.http;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import nl.iat.gateway.problem.Problems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a CORS preflight from an origin that is not on the allow-list with a 403 problem
 * document; Quarkus' CORS filter, which answers all other CORS requests, would send an empty 403.
 * It runs after {@link GatewayHeadersFilter} (so the problem has the request id and the security
 * headers) and before the CORS filter. Same-origin requests are left to the CORS filter.
 */
public class PreflightRefusal {

    private static final int PRIORITY = 900;

    private final Set<String> allowed;

    PreflightRefusal(@ConfigProperty(name = "quarkus.http.cors.origins") List<String> origins) {
        this.allowed = Set.copyOf(origins);
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (request.method() == HttpMethod.OPTIONS && origin != null
                && request.headers().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD)
                && !allowed.contains(origin) && !isSameOrigin(request, origin)) {
            Problems.send(rc, 403, "Forbidden", "Cross-origin requests from " + origin
                    + " are not allowed; ask for the origin to be added to the gateway's CORS list.");
            return;
        }
        rc.next();
    }

    private static boolean isSameOrigin(HttpServerRequest request, String origin) {
        return origin.equalsIgnoreCase(request.scheme() + "://" + request.authority());
    }
}
