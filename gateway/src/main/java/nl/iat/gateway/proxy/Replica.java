package nl.iat.gateway.proxy;

import java.net.URI;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.core.net.SocketAddress;
import nl.iat.gateway.routing.Upstream;

/**
 * One running copy of a service, with its own circuit breaker: a replica whose calls fail or time
 * out is left out of the rotation while its circuit is open (ADR 0407).
 */
public record Replica(URI origin, SocketAddress server, CircuitBreaker breaker) {

    static Replica of(URI origin, CircuitBreaker breaker) {
        return new Replica(origin, SocketAddress.inetSocketAddress(Upstream.port(origin), origin.getHost()), breaker);
    }

    /** host:port, for logs and the readiness data; never a metric label (unbounded). */
    public String address() {
        return server.host() + ":" + server.port();
    }

    public CircuitBreakerState state() {
        return breaker.state();
    }

    boolean ejected() {
        return breaker.state() == CircuitBreakerState.OPEN;
    }
}
