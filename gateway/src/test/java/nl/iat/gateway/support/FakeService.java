package nl.iat.gateway.support;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A faithful stand-in for one service: a real HTTP server that behaves like the services do at
 * their edge (API-Version, ETag, Location, problem bodies, OpenAPI document, readiness) and echoes
 * what reached it, so a test sees exactly what the gateway forwarded. It can be stopped and
 * started again on the same port to play a service that goes down and comes back.
 */
public final class FakeService {

    public static final String API_VERSION = "1.4.2";

    private final Vertx vertx;
    private final String name;
    private final String prefix;
    private final int port;
    private final AtomicInteger apiCalls = new AtomicInteger();
    private volatile Trouble trouble = Trouble.NONE;
    private HttpServer server;

    FakeService(Vertx vertx, String name, String prefix, int port) {
        this.vertx = vertx;
        this.name = name;
        this.prefix = prefix;
        this.port = port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String prefix() {
        return prefix;
    }

    /** How many API calls (not health probes) reached this service. */
    public int apiCalls() {
        return apiCalls.get();
    }

    /** How a replica in trouble answers its API calls: not at all, or 503 as when shutting down. */
    public enum Trouble { NONE, UNAVAILABLE, SILENT }

    public void misbehave(Trouble trouble) {
        this.trouble = trouble;
    }

    /** Starts listening unless it already does (a second listen on the port would share it). */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        server = await(vertx.createHttpServer().requestHandler(this::handle).listen(port, "127.0.0.1"));
    }

    public synchronized void stop() {
        if (server != null) {
            await(server.close());
            server = null;
        }
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/q/health/ready")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
            return;
        }
        apiCalls.incrementAndGet();
        request.response().putHeader("API-Version", API_VERSION);
        if (trouble == Trouble.UNAVAILABLE) {
            request.response().setStatusCode(503).putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject().put("title", "Service Unavailable").put("status", 503).encode());
        }
        if (trouble != Trouble.NONE) {
            return;
        }
        String local = path.startsWith(prefix) ? path.substring(prefix.length()) : path;
        switch (local) {
            case "/openapi.json" -> request.response().putHeader("Content-Type", "application/json")
                    .end(FakeOpenApi.document(name, prefix).encode());
            case "/asyncapi.yaml" -> request.response().putHeader("Content-Type", "application/yaml")
                    .end("asyncapi: 2.6.0\ninfo:\n  title: IAT " + name + " events\n  version: 1.0.0\n");
            case "/slow" -> {
                // Never answers: the gateway's response timeout must cut it off.
            }
            // Answers after 300 ms: keeps a pooled connection busy for a while.
            case "/busy" -> vertx.setTimer(300, ignored -> request.response()
                    .putHeader("Content-Type", "application/json").end("{\"items\":[]}"));
            case "/organisations" -> request.response().putHeader("Content-Type", "application/json")
                    .end(organisations(request.getParam("name")).encode());
            case "/problem" -> request.response().setStatusCode(409)
                    .putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject().put("type", "https://iat.local/problems/stale").put("title", "Conflict")
                            .put("status", 409).put("detail", "raised by " + name).encode());
            default -> echo(request);
        }
    }

    /** A page of the seeded organisations whose name contains the filter, as the measures-service lists them. */
    private static JsonObject organisations(String name) {
        JsonArray items = new JsonArray();
        Map.of("00000000-0000-4000-8000-000000000001", "NCTV", "00000000-0000-4000-8000-000000000002", "AIVD",
                "00000000-0000-4000-8000-000000000016", "Gemeente Amsterdam").forEach((id, organisation) -> {
                    if (name == null || organisation.toLowerCase().contains(name.toLowerCase())) {
                        items.add(new JsonObject().put("id", id).put("name", organisation));
                    }
                });
        return new JsonObject().put("items", items).put("page", 1).put("pageSize", 100).put("totalItems", items.size());
    }

    private void echo(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            JsonObject headers = new JsonObject();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            boolean created = request.method().name().equals("POST");
            int status = request.getParam("status") != null ? Integer.parseInt(request.getParam("status"))
                    : created ? 201 : 200;
            if (created) {
                request.response().putHeader("Location", url() + request.path() + "/42");
            }
            request.response().setStatusCode(status)
                    .putHeader("Content-Type", "application/json")
                    .putHeader("ETag", "\"7\"")
                    .putHeader("Cache-Control", "private, max-age=5")
                    .end(new JsonObject()
                            .put("service", name)
                            .put("method", request.method().name())
                            .put("uri", request.uri())
                            .put("headers", headers)
                            .put("body", body.toString())
                            .put("items", new JsonArray())
                            .encode());
        });
    }

    private static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Fake service did not start or stop", e);
        }
    }
}
