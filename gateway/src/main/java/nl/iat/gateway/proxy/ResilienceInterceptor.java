package nl.iat.gateway.proxy;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.core.Future;
import io.vertx.core.VertxException;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import nl.iat.gateway.routing.Upstream;
import org.jboss.logging.Logger;

/**
 * Sends the call through the upstream's circuit breaker. Connection failures and timeouts count
 * against the breaker and become the gateway's own problem responses; any answer the service
 * gives, 5xx included, is passed on as it is. A call cut short because the client hung up is not
 * the service's fault and does not count.
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
        breaker.failurePolicy(outcome -> outcome.failed() && !(outcome.cause() instanceof ClientGone));
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return breaker.<ProxyResponse>execute(promise -> context.sendRequest().onComplete(outcome -> {
            if (outcome.failed() && context.request().proxiedRequest().response().closed()) {
                promise.fail(new ClientGone());
            } else {
                promise.handle(outcome);
            }
        })).recover(failure -> {
            if (failure instanceof ClientGone) {
                return Future.failedFuture(failure);
            }
            LOG.warnf("%s %s to %s failed: %s", context.request().getMethod(), context.request().getURI(),
                    upstream.name(), failure.toString());
            return Future.succeededFuture(UpstreamFailures.toResponse(context, upstream, failure, retryAfterSeconds));
        });
    }

    /** The client closed its connection before the service answered; nobody is left to answer. */
    private static final class ClientGone extends VertxException {
        ClientGone() {
            super("client closed the connection", true);
        }
    }
}
