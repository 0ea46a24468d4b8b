package nl.iat.gateway.problem;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import nl.iat.gateway.http.RequestIds;

/**
 * The RFC 9457 problem documents the gateway answers with itself. Problems from the services are
 * passed on untouched; these are only for what the gateway decides (401, 403, 404, 413, 429, 5xx).
 * Like the services' problems they carry the request id and the trace id (ADR 0011).
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Buffer body(int status, String title, String detail, String requestId) {
        JsonObject problem = new JsonObject()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            problem.put("traceId", span.getTraceId());
        }
        return problem.toBuffer();
    }

    /** Ends the exchange with a problem document; the status line's reason is the title. */
    public static void send(RoutingContext rc, int status, String title, String detail) {
        HttpServerResponse response = rc.response();
        if (response.ended()) {
            return;
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(body(status, title, detail, RequestIds.of(rc.request())));
    }
}
