package nl.iat.gateway.http;

import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import nl.iat.gateway.config.GatewayConfig;

/**
 * Gives every response a request id and the headers of the NL GOV API Design Rules transport
 * module. It runs first on the Vert.x router, so it also covers CORS preflights, Swagger UI,
 * health and the gateway's own problems. Headers a service already set pass through unchanged,
 * including its {@code API-Version}; the gateway only fills in what is missing.
 */
public class GatewayHeadersFilter {

    public static final String API_VERSION = "API-Version";
    /** Runs before Quarkus' CORS filter, so preflight answers carry the headers too. */
    private static final int PRIORITY = 1_000;

    private final String apiVersion;

    GatewayHeadersFilter(GatewayConfig config) {
        this.apiVersion = config.apiVersion();
    }

    void register(@Observes Filters filters) {
        filters.register(this::stamp, PRIORITY);
    }

    private void stamp(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String id = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
        // Set on the request as well: the proxy forwards it and the access log prints it.
        request.headers().set(RequestIds.HEADER, id);
        // The connection's own TLS state: the request's isSSL() would parse forwarding headers.
        boolean tls = request.connection().isSsl();
        rc.addHeadersEndHandler(ignored -> {
            MultiMap headers = rc.response().headers();
            headers.set(RequestIds.HEADER, id);
            setIfAbsent(headers, API_VERSION, apiVersion);
            setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
            setIfAbsent(headers, "X-Frame-Options", "DENY");
            setIfAbsent(headers, "Content-Security-Policy", "frame-ancestors 'none'");
            setIfAbsent(headers, "Cache-Control", "no-store");
            if (tls) {
                setIfAbsent(headers, "Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
        });
        rc.next();
    }

    private static void setIfAbsent(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
