package nl.iat.gateway.proxy;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.HttpProxy;
import nl.iat.gateway.config.GatewayConfig;
import nl.iat.gateway.routing.Upstream;
import nl.iat.gateway.routing.Upstreams;

/**
 * One reverse proxy per service (vertx-http-proxy), each with its own connection pool and circuit
 * breaker, so a failing service never takes the others down with it.
 */
@Singleton
public class UpstreamProxies {

    private final Map<String, Entry> byName;

    UpstreamProxies(Vertx vertx, Upstreams upstreams, GatewayConfig config) {
        byName = upstreams.all().stream()
                .collect(Collectors.toUnmodifiableMap(Upstream::name, u -> create(vertx, u, config)));
    }

    public HttpProxy proxy(Upstream upstream) {
        return byName.get(upstream.name()).proxy();
    }

    public CircuitBreakerState circuitState(Upstream upstream) {
        return byName.get(upstream.name()).breaker().state();
    }

    /** A client for calls of the gateway's own to the service, such as its readiness probe. */
    public HttpClient client(Upstream upstream) {
        return byName.get(upstream.name()).clients().current();
    }

    @PreDestroy
    void close() {
        byName.values().forEach(e -> {
            e.breaker().close();
            e.clients().close();
        });
    }

    private static Entry create(Vertx vertx, Upstream upstream, GatewayConfig config) {
        GatewayConfig.Resilience resilience = config.resilience();
        EventLoopClients clients = new EventLoopClients(vertx, new HttpClientOptions()
                .setSsl(upstream.tls())
                // Opening the TCP connection; waiting for a pooled one is bounded separately below.
                .setConnectTimeout((int) resilience.connectTimeout().toMillis())
                .setKeepAlive(true), resilience.maxConnections());
        CircuitBreaker breaker = CircuitBreaker.create("upstream-" + upstream.name(), vertx, new CircuitBreakerOptions()
                .setMaxFailures(resilience.failureThreshold())
                .setResetTimeout(resilience.openDuration().toMillis())
                // The request's own timeouts below bound the call; no event-bus notifications.
                .setTimeout(-1)
                .setNotificationAddress(null));
        long retryAfter = Math.max(1, resilience.openDuration().toSeconds());
        SocketAddress server = SocketAddress.inetSocketAddress(upstream.port(), upstream.host());
        // A request's "connect timeout" in Vert.x runs from asking the pool until it has a
        // connection: the wait for a free one plus, when a new one is opened, the TCP connect.
        long connectionWait = resilience.poolWait().toMillis() + resilience.connectTimeout().toMillis();
        HttpProxy proxy = HttpProxy.reverseProxy(clients.current())
                .origin(context -> clients.current().request(new RequestOptions()
                        .setServer(server)
                        .setConnectTimeout(connectionWait)
                        .setIdleTimeout(resilience.responseTimeout().toMillis())))
                .addInterceptor(new ResilienceInterceptor(upstream, breaker, retryAfter))
                .addInterceptor(new LocationRewriter(upstream, config.publicUrl()))
                .addInterceptor(new FreshDate());
        return new Entry(clients, breaker, proxy);
    }

    private record Entry(EventLoopClients clients, CircuitBreaker breaker, HttpProxy proxy) {
    }
}
