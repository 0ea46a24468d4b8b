package nl.iat.e2e.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the suite's JSON APIs, with a bearer token. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(java.util.concurrent.Executors.newFixedThreadPool(64, runnable -> {
                // Daemon threads: a failing caller's JVM must still exit.
                Thread thread = new Thread(runnable, "api-client");
                thread.setDaemon(true);
                return thread;
            }))
            .build();

    private static final List<Observer> OBSERVERS = new CopyOnWriteArrayList<>();

    private final String baseUrl;
    private final String token;
    private final boolean waitsWhenLimited;

    /**
     * Sees every request sent through any {@code Api} and the reply it got (not connection failures).
     * The end-to-end harness registers one that checks each exchange against the OpenAPI documents;
     * the dataset loader registers none.
     */
    @FunctionalInterface
    public interface Observer {
        void exchanged(HttpRequest request, String requestBody, Reply reply);
    }

    /** Registers an observer of every exchange (once, however often it is called). */
    public static void observe(Observer observer) {
        if (!OBSERVERS.contains(observer)) {
            OBSERVERS.add(observer);
        }
    }

    public Api(String baseUrl, String token) {
        this(baseUrl, token, false);
    }

    private Api(String baseUrl, String token, boolean waitsWhenLimited) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.waitsWhenLimited = waitsWhenLimited;
    }

    public Api withToken(String otherToken) {
        return new Api(baseUrl, otherToken, waitsWhenLimited);
    }

    /**
     * The same client, but one that behaves as a batch client should: a 429 (refused before anything
     * was done) is sent again after its {@code Retry-After}, and a gateway's 502, 503 or 504 again after
     * a second when sending twice is safe (a GET, or a write with an {@code Idempotency-Key}: the first
     * service still cold after start-up can outlast the gateway's timeout). The tests keep the plain one,
     * so that they see every 429 and 504.
     */
    public Api waitingWhenLimited() {
        return new Api(baseUrl, token, true);
    }

    public Reply get(String path) {
        return send("GET", path, null, "application/json", Map.of());
    }

    public Reply post(String path, Object body) {
        return send("POST", path, body, "application/json", Map.of());
    }

    public Reply post(String path, Object body, Map<String, String> headers) {
        return send("POST", path, body, "application/json", headers);
    }

    public Reply send(String method, String path, Object body, String contentType, Map<String, String> headers) {
        Reply reply = sendOnce(method, path, body, contentType, headers);
        for (int retry = 0; waitsWhenLimited && retrySafe(method, headers, reply) && retry < 30; retry++) {
            pause(reply.status() == 429 ? reply.header("Retry-After") : null);
            reply = sendOnce(method, path, body, contentType, headers);
        }
        return reply;
    }

    private static boolean retrySafe(String method, Map<String, String> headers, Reply reply) {
        boolean repeatable = "GET".equals(method) || headers.containsKey("Idempotency-Key");
        return reply.status() == 429 || repeatable && List.of(502, 503, 504).contains(reply.status());
    }

    private static void pause(String retryAfter) {
        try {
            Thread.sleep(1000L * (retryAfter == null ? 1 : Math.max(1, Long.parseLong(retryAfter.trim()))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Reply sendOnce(String method, String path, Object body, String contentType, Map<String, String> headers) {
        try {
            String text = text(body);
            HttpRequest request = request(method, path, text, contentType, headers);
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return observed(request, text, response);
        } catch (IOException e) {
            return new Reply(-1, Map.of(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends without waiting for the answer, and only once (no waiting out a 429, no repeat after a 5xx):
     * for a load sent on a schedule, which a slow answer must not hold up. A connection failure or
     * timeout completes the reply with status -1.
     */
    public CompletableFuture<Reply> sendAsync(String method, String path, Object body, String contentType,
            Map<String, String> headers) {
        try {
            String text = text(body);
            HttpRequest request = request(method, path, text, contentType, headers);
            return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> observed(request, text, response))
                    .exceptionally(failure -> new Reply(-1, Map.of(), failure.toString()));
        } catch (IOException e) {
            return CompletableFuture.completedFuture(new Reply(-1, Map.of(), e.toString()));
        }
    }

    private static String text(Object body) throws IOException {
        return body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
    }

    private HttpRequest request(String method, String path, String text, String contentType, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::setHeader); // a caller's Accept replaces the default
        if (text == null) {
            builder.method(method, HttpRequest.BodyPublishers.ofString(""));
        } else {
            builder.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        return builder.build();
    }

    private static Reply observed(HttpRequest request, String text, HttpResponse<String> response) {
        Reply reply = new Reply(response.statusCode(), response.headers().map(), response.body());
        OBSERVERS.forEach(observer -> observer.exchanged(request, text, reply));
        return reply;
    }

    /** A response: status, headers and body (-1 when the connection failed). */
    public record Reply(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON (status " + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }

        public boolean isProblem() {
            String type = header("Content-Type");
            return type != null && type.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 500 ? body.substring(0, 500) + "..." : body);
        }
    }
}
