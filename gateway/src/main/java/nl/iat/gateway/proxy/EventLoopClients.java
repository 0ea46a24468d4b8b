package nl.iat.gateway.proxy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;

/**
 * The HTTP clients of one service, one per event loop. A Vert.x client shares its pooled
 * connections between event loops, and a request that borrows a connection opened on another loop
 * hands every step of its exchange across threads (a task queue and a wake-up each time): that
 * cost more CPU than the proxying itself. With a client per loop, a request is served start to end
 * on the thread that received it (ADR 0404).
 */
final class EventLoopClients {

    private final Vertx vertx;
    private final HttpClientOptions options;
    private final PoolOptions pool;
    private final Map<Thread, HttpClient> byLoop = new ConcurrentHashMap<>();
    /** For callers off the event loops (start-up, probes on worker threads). */
    private final HttpClient offLoop;

    EventLoopClients(Vertx vertx, HttpClientOptions options, int maxConnections) {
        this.vertx = vertx;
        this.options = options;
        int loops = 0;
        for (var ignored : vertx.nettyEventLoopGroup()) {
            loops++;
        }
        // The service's connection budget is shared out over the loops.
        this.pool = new PoolOptions().setHttp1MaxSize(Math.max(1, (maxConnections + loops - 1) / loops));
        this.offLoop = vertx.createHttpClient(options, pool);
    }

    /** The client of the calling event loop; connections it opens stay on that loop. */
    HttpClient current() {
        if (!Context.isOnEventLoopThread()) {
            return offLoop;
        }
        return byLoop.computeIfAbsent(Thread.currentThread(), ignored -> vertx.createHttpClient(options, pool));
    }

    int maxConnectionsPerLoop() {
        return pool.getHttp1MaxSize();
    }

    void close() {
        byLoop.values().forEach(HttpClient::close);
        offLoop.close();
    }
}
