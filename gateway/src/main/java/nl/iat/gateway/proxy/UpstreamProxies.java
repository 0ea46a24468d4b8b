package nl.iat.gateway.proxy;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

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
@ApplicationScoped
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

    public HttpClient client(Upstream upstream) {
        return byName.get(upstream.name()).client();
    }

    @PreDestroy
    void close() {
        byName.values().forEach(e -> {
            e.breaker().close();
            e.client().close();
        });
    }

    private static Entry create(Vertx vertx, Upstream upstream, GatewayConfig config) {
        GatewayConfig.Resilience resilience = config.resilience();
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setSsl(upstream.tls())
                .setConnectTimeout((int) resilience.connectTimeout().toMillis())
                .setMaxPoolSize(resilience.maxConnections())
                .setKeepAlive(true));
        CircuitBreaker breaker = CircuitBreaker.create("upstream-" + upstream.name(), vertx, new CircuitBreakerOptions()
                .setMaxFailures(resilience.failureThreshold())
                .setResetTimeout(resilience.openDuration().toMillis())
                // The request's own timeouts below bound the call; no event-bus notifications.
                .setTimeout(-1)
                .setNotificationAddress(null));
        long retryAfter = Math.max(1, resilience.openDuration().toSeconds());
        HttpProxy proxy = HttpProxy.reverseProxy(client)
                .origin(context -> context.client().request(new RequestOptions()
                        .setServer(SocketAddress.inetSocketAddress(upstream.port(), upstream.host()))
                        .setConnectTimeout(resilience.connectTimeout().toMillis())
                        .setIdleTimeout(resilience.responseTimeout().toMillis())))
                .addInterceptor(new ResilienceInterceptor(upstream, breaker, retryAfter))
                .addInterceptor(new LocationRewriter(upstream, config.publicUrl()));
        return new Entry(client, breaker, proxy);
    }

    private record Entry(HttpClient client, CircuitBreaker breaker, HttpProxy proxy) {
    }
}
