package nl.iat.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import nl.iat.gateway.metrics.GatewayMetrics;
import nl.iat.gateway.problem.Problems;
import nl.iat.gateway.proxy.UpstreamProxies;
import nl.iat.gateway.ratelimit.RateLimiter;
import nl.iat.gateway.security.AccessPolicy;
import nl.iat.gateway.security.BearerAuthentication;

/**
 * The API routes, one per service, each a chain of small steps: counting, path check, who is calling,
 * rate limit, may they, body size, and then the proxy. The order matters: the rate limiter keys
 * on the caller, and nothing reaches a service before the access check.
 */
@ApplicationScoped
public class ApiRoutes {

    private final Upstreams upstreams;
    private final UpstreamProxies proxies;
    private final RequestGuards guards;
    private final BearerAuthentication authentication;
    private final RateLimiter rateLimiter;
    private final AccessPolicy accessPolicy;
    private final GatewayMetrics metrics;

    ApiRoutes(Upstreams upstreams, UpstreamProxies proxies, RequestGuards guards, BearerAuthentication authentication,
            RateLimiter rateLimiter, AccessPolicy accessPolicy, GatewayMetrics metrics) {
        this.upstreams = upstreams;
        this.proxies = proxies;
        this.guards = guards;
        this.authentication = authentication;
        this.rateLimiter = rateLimiter;
        this.accessPolicy = accessPolicy;
        this.metrics = metrics;
    }

    void register(@Observes Router router) {
        for (Upstream upstream : upstreams.all()) {
            router.route(upstream.prefix() + "/*")
                    .handler(rc -> metrics.count(rc, upstream))
                    .handler(guards::plainPath)
                    .handler(authentication::handle)
                    .handler(rateLimiter::handle)
                    .handler(rc -> accessPolicy.handle(rc, upstream))
                    .handler(guards::bodySize)
                    .handler(rc -> proxies.proxy(upstream).handle(rc.request()));
        }
        router.route("/api/*").handler(rc -> Problems.send(rc, 404, "Not Found",
                "No API at " + rc.normalizedPath() + "; the APIs are under " + prefixes() + "."));
    }

    private String prefixes() {
        return String.join(", ", upstreams.all().stream().map(Upstream::prefix).sorted().toList());
    }
}
