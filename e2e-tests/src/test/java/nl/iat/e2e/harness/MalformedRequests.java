package nl.iat.e2e.harness;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Generates malformed variants of every write operation of an OpenAPI document, so an operation
 * added later is covered without a new test: invalid JSON, wrong content type, oversized body,
 * missing required fields, unknown fields, wrong types, unknown enum values, overlong strings and
 * out-of-range numbers.
 */
public final class MalformedRequests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One request that must be refused with a 4xx problem. */
    public record Variant(String method, String path, String kind, String contentType, String body) {
        @Override
        public String toString() {
            return method + " " + path + " [" + kind + "]";
        }
    }

    private final JsonNode document;

    public MalformedRequests(JsonNode document) {
        this.document = document;
    }

    public List<Variant> variants() {
        List<Variant> variants = new ArrayList<>();
        String base = document.path("servers").path(0).path("url").asText().replaceFirst("^https?://[^/]+", "");
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String method = op.getKey().toUpperCase();
            if (List.of("POST", "PUT", "PATCH").contains(method)) {
                String url = base + fillPathParameters(path.getKey());
                JsonNode schema = resolve(op.getValue().path("requestBody").path("content").path("application/json").path("schema"));
                variants.addAll(variantsOf(method, url, schema));
            }
        }));
        return variants;
    }

    private List<Variant> variantsOf(String method, String url, JsonNode schema) {
        List<Variant> variants = new ArrayList<>();
        ObjectNode valid = schema.isMissingNode() ? NODES.objectNode() : sample(schema);
        variants.add(new Variant(method, url, "invalid JSON", "application/json", "{\"broken\": "));
        variants.add(new Variant(method, url, "wrong content type", "text/plain", valid.toString()));
        variants.add(new Variant(method, url, "oversized body", "application/json",
                "{\"padding\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}"));
        if (schema.isMissingNode() || !"object".equals(schema.path("type").asText("object"))) {
            return variants;
        }
        if (schema.path("required").size() > 0) {
            variants.add(new Variant(method, url, "missing required fields", "application/json", "{}"));
        }
        ObjectNode unknown = valid.deepCopy();
        unknown.put("unknownField" + UUID.randomUUID().toString().substring(0, 4), 1);
        variants.add(new Variant(method, url, "unknown field", "application/json", unknown.toString()));
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode propertySchema = resolve(property.getValue());
            if (propertySchema.path("readOnly").asBoolean()) {
                continue;
            }
            wrongValues(propertySchema).forEach((kind, value) -> {
                ObjectNode body = valid.deepCopy();
                body.set(property.getKey(), value);
                variants.add(new Variant(method, url, kind + " in " + property.getKey(), "application/json", body.toString()));
            });
        }
        return variants;
    }

    private Map<String, JsonNode> wrongValues(JsonNode schema) {
        Map<String, JsonNode> wrong = new java.util.LinkedHashMap<>();
        String type = schema.path("type").asText("");
        switch (type) {
            case "string" -> {
                wrong.put("wrong type", NODES.objectNode().put("not", "a string"));
                if (schema.has("enum")) {
                    wrong.put("unknown enum value", NODES.textNode("NOT_A_KNOWN_VALUE"));
                }
                if (schema.has("maxLength")) {
                    wrong.put("overlong string", NODES.textNode("x".repeat(schema.get("maxLength").asInt() + 1)));
                }
                if (schema.has("format") && List.of("date", "date-time", "uuid").contains(schema.get("format").asText())) {
                    wrong.put("malformed " + schema.get("format").asText(), NODES.textNode("not-a-" + schema.get("format").asText()));
                }
            }
            case "integer", "number" -> {
                wrong.put("wrong type", NODES.textNode("not a number"));
                if (schema.has("minimum")) {
                    wrong.put("below minimum", NODES.numberNode(schema.get("minimum").asLong() - 1));
                }
                if (schema.has("maximum")) {
                    wrong.put("above maximum", NODES.numberNode(schema.get("maximum").asLong() + 1));
                }
            }
            case "boolean" -> wrong.put("wrong type", NODES.textNode("not a boolean"));
            case "array" -> wrong.put("wrong type", NODES.textNode("not an array"));
            case "object" -> wrong.put("wrong type", NODES.textNode("not an object"));
            default -> {
            }
        }
        return wrong;
    }

    /** A plausible valid body: examples where the document gives them, else simple defaults. */
    private ObjectNode sample(JsonNode schema) {
        ObjectNode body = NODES.objectNode();
        schema.path("properties").fields().forEachRemaining(p -> {
            JsonNode s = resolve(p.getValue());
            if (!s.path("readOnly").asBoolean()) {
                body.set(p.getKey(), sampleValue(s));
            }
        });
        return body;
    }

    private JsonNode sampleValue(JsonNode schema) {
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (schema.path("type").asText("")) {
            case "integer", "number" -> NODES.numberNode(schema.path("minimum").asLong(1));
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> NODES.arrayNode();
            case "object" -> sample(schema);
            default -> NODES.textNode(switch (schema.path("format").asText("")) {
                case "date" -> "2018-01-01";
                case "date-time" -> "2018-01-01T00:00:00Z";
                case "uuid" -> UUID.randomUUID().toString();
                default -> "text";
            });
        };
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String[] parts = current.get("$ref").asText().replaceFirst("^#/", "").split("/");
            JsonNode target = document;
            for (String part : parts) {
                target = target.path(part);
            }
            current = target;
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(current.get("allOf").get(0));
        }
        return current;
    }

    private static String fillPathParameters(String path) {
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }
}
