package nl.iat.platform.http;

import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stamps every HTTP response (API, OpenAPI document, health) with the service's full
 * {@code API-Version}, the request id, and the NL GOV ADR transport headers. It runs on the
 * Vert.x router so it also covers responses that JAX-RS never sees.
 */
public class ApiHeadersFilter {

    public static final String API_VERSION = "API-Version";

    @ConfigProperty(name = "iat.api.version")
    String apiVersion;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            HttpServerRequest request = rc.request();
            String id = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
            request.headers().set(RequestIds.HEADER, id);
            rc.addHeadersEndHandler(ignored -> {
                HttpServerResponse response = rc.response();
                response.putHeader(API_VERSION, apiVersion);
                response.putHeader(RequestIds.HEADER, id);
                response.putHeader("X-Content-Type-Options", "nosniff");
                if (!response.headers().contains("Cache-Control")) {
                    response.putHeader("Cache-Control", "no-store");
                }
            });
            rc.next();
        }, 100);
    }
}
