package nl.iat.gateway.proxy;

import java.net.URI;
import java.util.List;
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
import io.vertx.httpproxy.HttpProxy;
import nl.iat.gateway.config.GatewayConfig;
import nl.iat.gateway.routing.Upstream;
import nl.iat.gateway.routing.Upstreams;

/**
 * One reverse proxy per service (vertx-http-proxy), each with its own connection pool, and a circuit
 * breaker per replica of the service, so a failing service never takes the others down with it and
 * a failing replica is left out while the others serve (ADR 0401, 0407).
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

    /** OPEN only while every replica's circuit is open. */
    public CircuitBreakerState circuitState(Upstream upstream) {
        return byName.get(upstream.name()).replicas().state();
    }

    public List<Replica> replicas(Upstream upstream) {
        return byName.get(upstream.name()).replicas().all();
    }

    /** A client for calls of the gateway's own to the service, such as its readiness probe. */
    public HttpClient client(Upstream upstream) {
        return byName.get(upstream.name()).clients().current();
    }

    @PreDestroy
    void close() {
        byName.values().forEach(e -> {
            e.replicas().all().forEach(r -> r.breaker().close());
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
        ReplicaSet replicas = new ReplicaSet(upstream.origins().stream()
                .map(origin -> Replica.of(origin, breaker(vertx, upstream, origin, resilience))).toList());
        long retryAfter = Math.max(1, resilience.openDuration().toSeconds());
        // A request's "connect timeout" in Vert.x runs from asking the pool until it has a
        // connection: the wait for a free one plus, when a new one is opened, the TCP connect.
        long connectionWait = resilience.poolWait().toMillis() + resilience.connectTimeout().toMillis();
        HttpProxy proxy = HttpProxy.reverseProxy(clients.current())
                .origin(context -> clients.current().request(new RequestOptions()
                        .setServer(context.get(ResilienceInterceptor.REPLICA, Replica.class).server())
                        .setConnectTimeout(connectionWait)
                        .setIdleTimeout(resilience.responseTimeout().toMillis())))
                .addInterceptor(new ResilienceInterceptor(upstream, replicas, retryAfter))
                .addInterceptor(new LocationRewriter(upstream, config.publicUrl()))
                .addInterceptor(new FreshDate());
        return new Entry(clients, replicas, proxy);
    }

    private static CircuitBreaker breaker(Vertx vertx, Upstream upstream, URI origin, GatewayConfig.Resilience resilience) {
        return CircuitBreaker.create("upstream-" + upstream.name() + "-" + origin.getAuthority(), vertx,
                new CircuitBreakerOptions()
                        .setMaxFailures(resilience.failureThreshold())
                        .setResetTimeout(resilience.openDuration().toMillis())
                        // The request's own timeouts below bound the call; no event-bus notifications.
                        .setTimeout(-1)
                        .setNotificationAddress(null));
    }

    private record Entry(EventLoopClients clients, ReplicaSet replicas, HttpProxy proxy) {
    }
}
