package nl.iat.gateway.routing;


import jakarta.inject.Singleton;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import nl.iat.gateway.config.GatewayConfig;
import nl.iat.gateway.problem.Problems;

/** Cheap checks on the shape of a request before any work is done for it. */
@Singleton
public class RequestGuards {


    private final long maxBodySize;

    RequestGuards(GatewayConfig config) {
        this.maxBodySize = config.maxBodySize();
    }

    /**
     * The path is forwarded as sent, so it must mean the same to the gateway and the service: a
     * path with dot segments or escaped separators could pass the check for one API and land on
     * another, and is refused.
     */
    public void plainPath(RoutingContext rc) {
        String raw = rc.request().path();
        String lower = raw.toLowerCase();
        if (!raw.equals(rc.normalizedPath()) || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%2e")) {
            Problems.send(rc, 400, "Bad Request", "The path must not contain dot segments or escaped separators.");
            return;
        }
        rc.next();
    }

    /**
     * Bodies stream to the service, so their size is judged by Content-Length. A body without one
     * (chunked) cannot be bounded up front and is refused with 411
     * (ADR 0403).
     */
    public void bodySize(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            // Without Content-Length and Transfer-Encoding an HTTP/1.1 request has no body (RFC 9112 6.3):
            // a bodiless POST such as an action is fine; only a streamed body cannot be bounded.
            if (request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
                Problems.send(rc, 411, "Length Required", "Send request bodies with a Content-Length header.");
                return;
            }
            rc.next();
            return;
        }
        if (parse(length) > maxBodySize) {
            // The rest of the body is not read: close the connection after answering.
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            Problems.send(rc, 413, "Content Too Large", "Request bodies may be at most " + maxBodySize + " bytes.");
            return;
        }
        rc.next();
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
