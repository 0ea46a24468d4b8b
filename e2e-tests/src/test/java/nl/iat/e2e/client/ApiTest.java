package nl.iat.e2e.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ApiTest {

    private final AtomicInteger calls = new AtomicInteger();
    private HttpServer limited;

    /** Answers the first call 429 with Retry-After 1, as the gateway does, and every later call 200. */
    @BeforeEach
    void start() throws IOException {
        limited = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        limited.createContext("/", exchange -> {
            boolean first = calls.incrementAndGet() == 1;
            exchange.getResponseHeaders().add("Retry-After", "1");
            exchange.sendResponseHeaders(first ? 429 : 200, -1);
            exchange.close();
        });
        limited.start();
    }

    @AfterEach
    void stop() {
        limited.stop(0);
    }

    @Test
    void aPlainClientSeesEvery429() {
        assertEquals(429, new Api(url(), "t").post("/x", "{}").status());
        assertEquals(1, calls.get());
    }

    @Test
    void aClientWaitingWhenLimitedSendsAgainAfterRetryAfter() {
        long start = System.nanoTime();
        assertEquals(200, new Api(url(), "t").waitingWhenLimited().post("/x", "{}").status());
        assertEquals(2, calls.get());
        assertTrue(System.nanoTime() - start >= 1_000_000_000L, "waited Retry-After");
    }

    private String url() {
        return "http://127.0.0.1:" + limited.getAddress().getPort();
    }
}
