package nl.iat.gateway.ratelimit;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClientOptions;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import org.jboss.logging.Logger;

/**
 * The token buckets of all gateway replicas, in Redis. One script call per request reads, refills
 * and takes from the client's bucket atomically, on Redis' clock, so replicas with skewed clocks
 * agree; an idle bucket expires once it would be full again. While Redis is unreachable it is left
 * alone for a second at a time; going down and coming back are logged once each (ADR 0407).
 */
final class SharedBuckets {

    private static final Logger LOG = Logger.getLogger(SharedBuckets.class);
    private static final long REST_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** Same arithmetic as {@link TokenBucket}, in milliseconds; returns 0 or the wait in ms. */
    static final String TAKE = """
            local capacity = tonumber(ARGV[1])
            local per_ms = tonumber(ARGV[2])
            local clock = redis.call('TIME')
            local now = clock[1] * 1000 + clock[2] / 1000
            local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(bucket[1]) or capacity
            local at = tonumber(bucket[2]) or now
            tokens = math.min(capacity, tokens + math.max(0, now - at) * per_ms)
            local wait = 0
            if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) / per_ms) end
            redis.call('HSET', KEYS[1], 'tokens', tokens, 'at', now)
            redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / per_ms) + 1000)
            return wait
            """;

    private final Redis redis;
    /** host:port only: the URL may carry a password. */
    private final String where;
    private final String keyPrefix;
    private final long timeoutMillis;
    private final AtomicBoolean down = new AtomicBoolean();
    private volatile long restUntil;

    SharedBuckets(Vertx vertx, String url, String keyPrefix, long timeoutMillis) {
        URI uri = URI.create(url);
        this.where = uri.getHost() + ":" + (uri.getPort() == -1 ? 6379 : uri.getPort());
        this.keyPrefix = keyPrefix;
        this.timeoutMillis = timeoutMillis;
        // Each call holds a pooled connection until its reply; the client's defaults (6, and 24
        // waiting) overflow under a burst and would send the requests to the fallback. The timeout
        // bounds the wait instead.
        this.redis = Redis.createClient(vertx, new RedisOptions().setConnectionString(url)
                .setMaxPoolSize(32)
                .setMaxPoolWaiting(4096)
                .setNetClientOptions(new NetClientOptions().setConnectTimeout((int) timeoutMillis).setTcpNoDelay(true)));
    }

    /** True for a second after Redis failed: callers use their own buckets meanwhile. */
    boolean resting() {
        return down.get() && System.nanoTime() < restUntil;
    }

    /** Takes one token from the client's bucket: 0 when granted, else the wait in nanoseconds. */
    Future<Long> take(String client, int burst, int perMinute) {
        return redis.send(Request.cmd(Command.EVAL).arg(TAKE).arg(1).arg(keyPrefix + client)
                        .arg(burst).arg(Double.toString(perMinute / 60_000d)))
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .map(reply -> TimeUnit.MILLISECONDS.toNanos(reply.toLong()))
                .onSuccess(ignored -> back())
                .onFailure(this::gone);
    }

    private void gone(Throwable cause) {
        restUntil = System.nanoTime() + REST_NANOS;
        if (down.compareAndSet(false, true)) {
            LOG.warnf("Redis at %s is unreachable (%s): each gateway replica limits clients on its own until it is back",
                    where, cause.toString());
        }
    }

    private void back() {
        if (down.compareAndSet(true, false)) {
            LOG.infof("Redis at %s is back: the gateway replicas share the rate limit again", where);
        }
    }

    void close() {
        redis.close();
    }
}
