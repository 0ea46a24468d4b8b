package nl.iat.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import nl.iat.gateway.config.GatewayConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two limiters stand for two gateway replicas: with Redis (the one on 127.0.0.1:6379) they share
 * each client's bucket; without it each falls back to its own and says so once.
 */
class SharedRateLimitTest {

    private static final String REDIS = "redis://127.0.0.1:6379";

    private final Vertx vertx = Vertx.vertx();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @AfterEach
    void close() {
        Logger.getLogger(SharedBuckets.class.getName()).removeHandler(capture);
        vertx.close();
    }

    @Test
    void twoReplicasShareOneBudgetPerClient() {
        // A generous timeout: on a busy machine the first connection and script load can take longer
        // than production's 200 ms, and a replica that falls back would count on its own.
        Limits limits = new Limits(REDIS, "iat-test:" + UUID.randomUUID() + ":", 4, Duration.ofSeconds(5));
        RateLimiter[] replicas = { new RateLimiter(limits, null, vertx), new RateLimiter(limits, null, vertx) };
        int granted = 0;
        for (int i = 0; i < 10; i++) {
            granted += take(replicas[i % 2], "sub:shared-client") == 0 ? 1 : 0;
        }
        assertEquals(4, granted, "the burst of 4 holds across both replicas, not 4 each");
        assertEquals(0, take(replicas[0], "sub:another-client"), "another client has its own bucket");
    }

    @Test
    void withRedisDownEachReplicaLimitsOnItsOwnAndLogsItOnceAndOnceWhenItIsBack() throws Exception {
        Logger.getLogger(SharedBuckets.class.getName()).addHandler(capture);
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Limits limits = new Limits("redis://127.0.0.1:" + closedPort, "iat-test:" + UUID.randomUUID() + ":", 3,
                Duration.ofMillis(200));
        RateLimiter limiter = new RateLimiter(limits, null, vertx);
        int granted = 0;
        for (int i = 0; i < 5; i++) {
            granted += take(limiter, "sub:lonely-client") == 0 ? 1 : 0;
            // Past the one-second rest, so Redis is asked (and fails) again, without a second line.
            TimeUnit.MILLISECONDS.sleep(i == 2 ? 1_100 : 0);
        }
        assertEquals(3, granted, "the in-memory bucket still limits");
        assertEquals(1, count("is unreachable"), "one line, not one per request: " + logged);

        // Redis comes back on that port: after the rest the limiter uses it again, and says so once.
        forwardToRedis(closedPort);
        TimeUnit.MILLISECONDS.sleep(1_100);
        take(limiter, "sub:lonely-client");
        take(limiter, "sub:lonely-client");
        assertEquals(1, count("is back:"), "back: " + logged);
        assertEquals(1, count("is unreachable"));
    }

    private long count(String text) {
        return logged.stream().filter(r -> r.getMessage().contains(text)).count();
    }

    /** A TCP relay on the port to the real Redis. */
    private void forwardToRedis(int port) throws Exception {
        var client = vertx.createNetClient();
        vertx.createNetServer().connectHandler(socket -> {
            socket.pause();
            client.connect(6379, "127.0.0.1").onSuccess(redis -> {
                socket.pipeTo(redis);
                redis.pipeTo(socket);
                socket.resume();
            });
        }).listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private static long take(RateLimiter limiter, String client) {
        Future<Long> wait = limiter.acquire(client);
        try {
            return wait.toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Burst as given, 1 a minute: nothing refills during a test. */
    private record Limits(String redisUrl, String keyPrefix, int burst, Duration redisTimeout)
            implements GatewayConfig.RateLimit {
        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public boolean shared() {
            return true;
        }

        @Override
        public int perMinute() {
            return 1;
        }

        @Override
        public int maxClients() {
            return 1_000;
        }
    }
}
