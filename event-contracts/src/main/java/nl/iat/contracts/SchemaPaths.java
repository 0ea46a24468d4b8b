package nl.iat.contracts;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Follows a field's path through a type's schema: through {@code $ref} (within a file or to another file
 * of the folder) and {@code allOf}, into {@code properties} and list {@code items}. It reads the subset of
 * draft-07 the contracts use; anything else in a schema does not make a field required.
 */
final class SchemaPaths {

    private record Located(JsonNode node, String file) {
    }

    private final String type;

    SchemaPaths(String type) {
        this.type = type;
    }

    /** Null when every step of the path ({@code changes[].measureId}) is a required field; otherwise what is missing. */
    String requiredAlong(String path) {
        List<Located> current = parts(new Located(EventContracts.schema(type), EventContracts.file(type)));
        StringBuilder walked = new StringBuilder();
        for (String step : path.replace("[]", ".[]").split("\\.")) {
            if (step.equals("[]")) {
                Located items = current.stream().filter(p -> p.node().has("items")).findFirst()
                        .map(p -> new Located(p.node().get("items"), p.file())).orElse(null);
                if (items == null) {
                    return "the schema has no list at " + walked;
                }
                walked.append("[]");
                current = parts(items);
                continue;
            }
            walked.append(walked.isEmpty() ? "" : ".").append(step);
            Located property = current.stream().filter(p -> p.node().path("properties").has(step)).findFirst()
                    .map(p -> new Located(p.node().get("properties").get(step), p.file())).orElse(null);
            if (property == null) {
                return "the schema has no field " + walked;
            }
            if (current.stream().noneMatch(p -> contains(p.node().path("required"), step))) {
                return "the schema does not require " + walked;
            }
            current = parts(property);
        }
        return null;
    }

    /** The schema and everything it is made of with {@code allOf}, references resolved. */
    private static List<Located> parts(Located located) {
        Located resolved = resolve(located);
        List<Located> parts = new ArrayList<>(List.of(resolved));
        for (JsonNode part : resolved.node().path("allOf")) {
            parts.addAll(parts(new Located(part, resolved.file())));
        }
        return parts;
    }

    private static Located resolve(Located located) {
        Located current = located;
        for (int hops = 0; current.node().has("$ref"); hops++) {
            if (hops > 20) {
                throw new IllegalStateException("A $ref loop in " + located.file());
            }
            String ref = current.node().get("$ref").asText();
            int hash = ref.indexOf('#');
            String file = hash == 0 ? current.file() : hash < 0 ? ref : ref.substring(0, hash);
            JsonNode target = EventContracts.document(file).at(hash < 0 ? "" : ref.substring(hash + 1));
            if (target.isMissingNode()) {
                throw new IllegalStateException("The $ref " + ref + " in " + current.file() + " leads nowhere");
            }
            current = new Located(target, file);
        }
        return current;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.asText())) {
                return true;
            }
        }
        return false;
    }
}
