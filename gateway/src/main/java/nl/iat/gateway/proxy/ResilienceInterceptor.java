package nl.iat.gateway.proxy;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.core.Future;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import nl.iat.gateway.routing.Upstream;
import org.jboss.logging.Logger;

/**
 * Sends the call through the upstream's circuit breaker. Connection failures and timeouts count
 * against the breaker and become the gateway's own problem responses; any answer the service
 * gives, 5xx included, is passed on as it is.
 */
final class ResilienceInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(ResilienceInterceptor.class);

    private final Upstream upstream;
    private final CircuitBreaker breaker;
    private final long retryAfterSeconds;

    ResilienceInterceptor(Upstream upstream, CircuitBreaker breaker, long retryAfterSeconds) {
        this.upstream = upstream;
        this.breaker = breaker;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return breaker.<ProxyResponse>execute(promise -> context.sendRequest().onComplete(promise))
                .recover(failure -> {
                    LOG.warnf("%s %s to %s failed: %s", context.request().getMethod(), context.request().getURI(),
                            upstream.name(), failure.toString());
                    return Future.succeededFuture(UpstreamFailures.toResponse(context, upstream, failure, retryAfterSeconds));
                });
    }
}
