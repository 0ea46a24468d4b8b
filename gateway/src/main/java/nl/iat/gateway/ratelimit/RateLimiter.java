package nl.iat.gateway.ratelimit;

import java.time.Duration;
import java.util.OptionalLong;

import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.ext.web.RoutingContext;
import nl.iat.gateway.config.GatewayConfig;
import nl.iat.gateway.metrics.GatewayMetrics;
import nl.iat.gateway.problem.Problems;
import nl.iat.gateway.security.BearerAuthentication;
import nl.iat.gateway.security.Caller;

/**
 * Limits each client to a burst and a steady rate: a client is the token's subject, or the
 * remote address when the request carries no valid token. Over the limit: 429 with
 * {@code Retry-After}. Buckets live in memory of this gateway instance (see ADR 0402).
 */
@Singleton
public class RateLimiter {

    private final GatewayConfig.RateLimit limits;
    private final Cache<String, TokenBucket> buckets;
    private final GatewayMetrics metrics;

    RateLimiter(GatewayConfig config, GatewayMetrics metrics) {
        this.limits = config.rateLimit();
        this.metrics = metrics;
        // A bucket untouched for longer than a full refill is as good as a new one: forget it.
        Duration refill = Duration.ofMillis(Math.max(1_000, 60_000L * limits.burst() / limits.perMinute()));
        this.buckets = Caffeine.newBuilder()
                .maximumSize(limits.maxClients())
                .expireAfterAccess(refill)
                .build();
    }

    public void handle(RoutingContext rc) {
        if (!limits.enabled()) {
            rc.next();
            return;
        }
        OptionalLong wait = acquire(clientOf(rc));
        if (wait.isEmpty()) {
            rc.next();
            return;
        }
        metrics.rateLimited(rc);
        long seconds = Math.max(1, (long) Math.ceil(wait.getAsLong() / 1e9));
        rc.response().putHeader("Retry-After", Long.toString(seconds));
        Problems.send(rc, 429, "Too Many Requests", "This client made more than " + limits.burst()
                + " requests in a burst or more than " + limits.perMinute() + " a minute; retry after "
                + seconds + " s.");
    }

    /** Empty when the request may go ahead, otherwise how long (ns) the client must wait. */
    OptionalLong acquire(String client) {
        long now = System.nanoTime();
        long wait = buckets.get(client, ignored -> new TokenBucket(limits.burst(), limits.perMinute(), now)).take(now);
        return wait == 0 ? OptionalLong.empty() : OptionalLong.of(wait);
    }

    private static String clientOf(RoutingContext rc) {
        return BearerAuthentication.caller(rc)
                .map(Caller::subject)
                .map(subject -> "sub:" + subject)
                .orElseGet(() -> "addr:" + rc.request().remoteAddress().hostAddress());
    }
}
