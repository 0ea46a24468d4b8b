package nl.iat.gateway.proxy;

import java.util.Optional;
import java.util.Set;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VertxException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import nl.iat.gateway.routing.Upstream;
import org.jboss.logging.Logger;

/**
 * Sends the call to the service's next replica, through that replica's circuit breaker.
 * Connection failures and timeouts count against the breaker and become the gateway's own problem
 * responses; any answer the service gives, 5xx included, is passed on as it is. A call cut short
 * because the client hung up is not the service's fault and does not count. A request that is safe
 * to repeat (GET, HEAD, or a write with an {@code Idempotency-Key}, which the services dedupe) is
 * tried once more on another replica when the first gives no answer or a 502, 503 or 504 (ADR 0407).
 */
final class ResilienceInterceptor implements ProxyInterceptor {

    /** The context attachment naming the replica the origin request goes to. */
    static final String REPLICA = "iat.replica";

    private static final Logger LOG = Logger.getLogger(ResilienceInterceptor.class);
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    private static final Set<Integer> UNAVAILABLE = Set.of(502, 503, 504);

    private final Upstream upstream;
    private final ReplicaSet replicas;
    private final long retryAfterSeconds;

    ResilienceInterceptor(Upstream upstream, ReplicaSet replicas, long retryAfterSeconds) {
        this.upstream = upstream;
        this.replicas = replicas;
        this.retryAfterSeconds = retryAfterSeconds;
        replicas.all().forEach(r -> r.breaker()
                .failurePolicy(outcome -> outcome.failed() && !(outcome.cause() instanceof ClientGone)));
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        Replica first = replicas.next();
        if (replicas.all().size() < 2 || !repeatable(context.request())) {
            return attempt(context, first).recover(failure -> problem(context, first, failure));
        }
        // A retry sends the body again, so it is read first (at most the 1 MiB RequestGuards allows).
        return buffered(context.request()).compose(ignored -> attempt(context, first))
                .transform(outcome -> retryElsewhere(context, first, outcome));
    }

    private static boolean repeatable(ProxyRequest request) {
        return SAFE.contains(request.getMethod()) || request.headers().contains("Idempotency-Key");
    }

    private Future<ProxyResponse> attempt(ProxyContext context, Replica replica) {
        context.set(REPLICA, replica);
        return replica.breaker().execute(promise -> context.sendRequest().onComplete(outcome -> {
            if (outcome.failed() && context.request().proxiedRequest().response().closed()) {
                promise.fail(new ClientGone());
            } else {
                promise.handle(outcome);
            }
        }));
    }

    private Future<ProxyResponse> retryElsewhere(ProxyContext context, Replica first, AsyncResult<ProxyResponse> outcome) {
        boolean unavailable = outcome.failed() ? !(outcome.cause() instanceof ClientGone)
                : UNAVAILABLE.contains(outcome.result().getStatusCode());
        Optional<Replica> second = unavailable ? replicas.other(first) : Optional.empty();
        if (second.isEmpty()) {
            return outcome.succeeded() ? Future.succeededFuture(outcome.result()) : problem(context, first, outcome.cause());
        }
        if (outcome.succeeded()) {
            outcome.result().release();
        }
        LOG.infof("%s %s to %s at %s: %s; trying %s", context.request().getMethod(), context.request().getURI(),
                upstream.name(), first.address(), outcome.succeeded() ? outcome.result().getStatusCode() : outcome.cause(),
                second.get().address());
        return attempt(context, second.get()).recover(failure -> problem(context, second.get(), failure));
    }

    private Future<ProxyResponse> problem(ProxyContext context, Replica replica, Throwable failure) {
        if (failure instanceof ClientGone) {
            return Future.failedFuture(failure);
        }
        LOG.warnf("%s %s to %s at %s failed: %s", context.request().getMethod(), context.request().getURI(),
                upstream.name(), replica.address(), failure.toString());
        return Future.succeededFuture(UpstreamFailures.toResponse(context, upstream, failure, retryAfterSeconds));
    }

    /** Reads the whole body into memory so that each attempt can send it. */
    private static Future<Void> buffered(ProxyRequest request) {
        Promise<Void> done = Promise.promise();
        Buffer body = Buffer.buffer();
        ReadStream<Buffer> stream = request.getBody().stream();
        stream.exceptionHandler(done::tryFail);
        stream.handler(body::appendBuffer);
        stream.endHandler(ignored -> {
            boolean announced = request.proxiedRequest().headers().contains("Content-Length");
            // Without a body nor a Content-Length (a GET) none is sent, as when streaming.
            request.setBody(body.length() == 0 && !announced ? null : Body.body(body));
            done.tryComplete();
        });
        stream.resume();
        return done.future();
    }

    /** The client closed its connection before the service answered; nobody is left to answer. */
    private static final class ClientGone extends VertxException {
        ClientGone() {
            super("client closed the connection", true);
        }
    }
}
