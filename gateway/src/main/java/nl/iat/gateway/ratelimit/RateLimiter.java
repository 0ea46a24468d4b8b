package nl.iat.gateway.ratelimit;

import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import nl.iat.gateway.config.GatewayConfig;
import nl.iat.gateway.metrics.GatewayMetrics;
import nl.iat.gateway.problem.Problems;
import nl.iat.gateway.security.BearerAuthentication;
import nl.iat.gateway.security.Caller;

/**
 * Limits each client to a burst and a steady rate: a client is the token's subject, or the
 * remote address when the request carries no valid token. Over the limit: 429 with
 * {@code Retry-After}. The buckets are in Redis, shared by all gateway replicas; when Redis is
 * unreachable, or sharing is off, in the memory of this gateway instance (ADR 0402, 0407).
 */
@Singleton
public class RateLimiter {

    private final GatewayConfig.RateLimit limits;
    private final Cache<String, TokenBucket> buckets;
    private final Optional<SharedBuckets> shared;
    private final GatewayMetrics metrics;

    @Inject
    RateLimiter(GatewayConfig config, GatewayMetrics metrics, Vertx vertx) {
        this(config.rateLimit(), metrics, vertx);
    }

    RateLimiter(GatewayConfig.RateLimit limits, GatewayMetrics metrics, Vertx vertx) {
        this.limits = limits;
        this.metrics = metrics;
        this.shared = limits.shared()
                ? Optional.of(new SharedBuckets(vertx, limits.redisUrl(), limits.keyPrefix(),
                        limits.redisTimeout().toMillis()))
                : Optional.empty();
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
        // Quarkus hands the request over paused: its body waits unread for the proxy meanwhile.
        acquire(clientOf(rc)).onSuccess(wait -> {
            if (wait == 0) {
                rc.next();
            } else {
                refuse(rc, wait);
            }
        });
    }

    private void refuse(RoutingContext rc, long waitNanos) {
        metrics.rateLimited(rc);
        long seconds = Math.max(1, (long) Math.ceil(waitNanos / 1e9));
        rc.response().putHeader("Retry-After", Long.toString(seconds));
        Problems.send(rc, 429, "Too Many Requests", "This client made more than " + limits.burst()
                + " requests in a burst or more than " + limits.perMinute() + " a minute; retry after "
                + seconds + " s.");
    }

    /** 0 when the request may go ahead, otherwise how long (ns) the client must wait. Never fails. */
    Future<Long> acquire(String client) {
        if (shared.isEmpty() || shared.get().resting()) {
            return Future.succeededFuture(takeLocally(client));
        }
        return shared.get().take(client, limits.burst(), limits.perMinute())
                .recover(unreachable -> Future.succeededFuture(takeLocally(client)));
    }

    private long takeLocally(String client) {
        long now = System.nanoTime();
        return buckets.get(client, ignored -> new TokenBucket(limits.burst(), limits.perMinute(), now)).take(now);
    }

    @PreDestroy
    void close() {
        shared.ifPresent(SharedBuckets::close);
    }

    private static String clientOf(RoutingContext rc) {
        return BearerAuthentication.caller(rc)
                .map(Caller::subject)
                .map(subject -> "sub:" + subject)
                .orElseGet(() -> "addr:" + rc.request().remoteAddress().hostAddress());
    }
}
