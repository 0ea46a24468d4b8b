package nl.iat.gateway.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.ext.web.RoutingContext;
import nl.iat.gateway.proxy.UpstreamProxies;
import nl.iat.gateway.routing.Upstream;
import nl.iat.gateway.routing.Upstreams;
import nl.iat.gateway.security.BearerAuthentication;
import nl.iat.gateway.security.Caller;
import nl.iat.gateway.security.Roles;

/**
 * The gateway's own metrics, labelled by API ({@code route}: measures, budget, reports), never by
 * path: {@code iat.gateway.requests} (by route, status code and the caller's role),
 * {@code iat.gateway.rate.limited} (429s of the rate limiter, by route and role) and
 * {@code iat.gateway.circuit.open} (1 while a service's circuit breaker is open). Quarkus' own
 * {@code http.server.requests} stays, its {@code uri} folded to the API prefixes too.
 */
@Singleton
public class GatewayMetrics {

    private static final String ROUTE = "iat.route";
    /** The role label of a request without a valid token. */
    private static final String NO_ROLE = "none";
    /** Strongest first: a caller with several roles is counted under the strongest. */
    private static final List<String> ROLES = List.of(Roles.ADMIN, Roles.BUDGET_CONTROLLER, Roles.MEASURE_EDITOR,
            Roles.VIEWER);

    private final MeterRegistry registry;
    private final Upstreams upstreams;
    private final UpstreamProxies proxies;
    // A handful of label combinations, looked up per request without building a meter id each time.
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    GatewayMetrics(MeterRegistry registry, Upstreams upstreams, UpstreamProxies proxies) {
        this.registry = registry;
        this.upstreams = upstreams;
        this.proxies = proxies;
    }

    /** The circuit gauges, and the rate-limit counters at 0 so an alert or panel finds them before the first 429. */
    @PostConstruct
    void register() {
        for (Upstream upstream : upstreams.all()) {
            for (String role : ROLES) {
                counter("iat.gateway.rate.limited", upstream.name(), null, role);
            }
            counter("iat.gateway.rate.limited", upstream.name(), null, NO_ROLE);
            Gauge.builder("iat.gateway.circuit.open",
                    () -> proxies.circuitState(upstream) == CircuitBreakerState.OPEN ? 1 : 0)
                    .description("1 while the circuit breaker to the service is open, else 0")
                    .tag("route", upstream.name()).register(registry);
        }
    }

    /** First step of an API route: counts the request once its status is known. */
    public void count(RoutingContext rc, Upstream upstream) {
        rc.put(ROUTE, upstream.name());
        rc.addHeadersEndHandler(ignored -> counter("iat.gateway.requests", upstream.name(),
                Integer.toString(rc.response().getStatusCode()), roleOf(rc)).increment());
        rc.next();
    }

    /** Called by the rate limiter when it refuses a request. */
    public void rateLimited(RoutingContext rc) {
        counter("iat.gateway.rate.limited", rc.get(ROUTE), null, roleOf(rc)).increment();
    }

    static String roleOf(Caller caller) {
        if (caller == null) {
            return NO_ROLE;
        }
        return ROLES.stream().filter(caller.roles()::contains).findFirst().orElse("other");
    }

    private static String roleOf(RoutingContext rc) {
        return roleOf(BearerAuthentication.caller(rc).orElse(null));
    }

    private Counter counter(String name, String route, String status, String role) {
        return counters.computeIfAbsent(name + '|' + route + '|' + status + '|' + role, key -> {
            Counter.Builder builder = Counter.builder(name).tag("route", route).tag("role", role);
            if (status != null) {
                builder.tag("status", status);
            }
            return builder.description(status != null ? "Requests to the APIs, by route, status and role"
                    : "Requests refused by the rate limiter, by route and role").register(registry);
        });
    }
}
