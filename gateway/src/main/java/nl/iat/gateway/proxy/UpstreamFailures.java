package nl.iat.gateway.proxy;

import java.util.concurrent.TimeoutException;

import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.buffer.Buffer;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyResponse;
import nl.iat.gateway.http.RequestIds;
import nl.iat.gateway.problem.Problems;
import nl.iat.gateway.routing.Upstream;

/** Turns a failed upstream call into the gateway's own 502, 503 or 504 problem response. */
final class UpstreamFailures {

    private UpstreamFailures() {
    }

    static ProxyResponse toResponse(ProxyContext context, Upstream upstream, Throwable failure, long retryAfterSeconds) {
        ProxyResponse response = context.request().response().release();
        String id = RequestIds.of(context.request().proxiedRequest());
        if (failure instanceof OpenCircuitException) {
            response.putHeader("Retry-After", Long.toString(retryAfterSeconds));
            return problem(response, 503, "Service Unavailable", "The " + upstream.name()
                    + " service failed repeatedly and is given a rest; the gateway tries it again shortly.", id);
        }
        if (failure instanceof TimeoutException) {
            return problem(response, 504, "Gateway Timeout", "The " + upstream.name()
                    + " service did not answer in time.", id);
        }
        return problem(response, 502, "Bad Gateway", "The " + upstream.name() + " service could not be reached.", id);
    }

    private static ProxyResponse problem(ProxyResponse response, int status, String title, String detail, String id) {
        Buffer body = Problems.body(status, title, detail, id);
        return response.setStatusCode(status)
                .setStatusMessage(title)
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .setBody(Body.body(body));
    }
}
