package nl.iat.gateway.support;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A small OpenAPI 3.0 document shaped like the services' own: bearer security on every
 * operation, and a server URL on the gateway (relative here, as the gateway's test port varies).
 */
final class FakeOpenApi {

    private FakeOpenApi() {
    }

    static JsonObject document(String name, String prefix) {
        JsonObject listThings = new JsonObject()
                .put("operationId", "list-" + name + "-things")
                .put("summary", "List the " + name + " things")
                .put("tags", new JsonArray().add(name))
                .put("responses", new JsonObject().put("200", new JsonObject()
                        .put("description", "The things")
                        .put("content", new JsonObject().put("application/json",
                                new JsonObject().put("schema", new JsonObject().put("type", "object"))))));
        return new JsonObject()
                .put("openapi", "3.0.3")
                .put("info", new JsonObject().put("title", "IAT " + name + " API").put("version", "1.0.0"))
                .put("servers", new JsonArray().add(new JsonObject().put("url", prefix)))
                .put("security", new JsonArray().add(new JsonObject().put("bearerAuth", new JsonArray())))
                .put("paths", new JsonObject().put("/things", new JsonObject().put("get", listThings)))
                .put("components", new JsonObject().put("securitySchemes", new JsonObject().put("bearerAuth",
                        new JsonObject().put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT"))));
    }
}
