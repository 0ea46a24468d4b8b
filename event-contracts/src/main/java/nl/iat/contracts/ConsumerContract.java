package nl.iat.contracts;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Holds a consumer to the contract of an event type, from two sides:
 * <ul>
 * <li>every field the consumer reads (the components of the record its handler takes, through nested
 * records and lists of records) is {@code required} by the type's schema, at every level: a producer
 * cannot leave out or rename a field a consumer reads without failing its own schema check;</li>
 * <li>the consumer accepts every example of the schema, and nothing the schema accepts is refused by
 * it: each field of each example is in turn left out, set to null, blank, to text, to a fraction, to an
 * object and to a list, and whenever the consumer refuses the result, the schema must refuse it too.
 * Otherwise a producer could send a valid event that the consumer dead-letters.</li>
 * </ul>
 * The consumer is called through {@code decode}: its own reading and checking of the data, which throws
 * when it refuses the event.
 */
public final class ConsumerContract {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<Mutation> MUTATIONS = List.of(
            new Mutation("left out", null),
            new Mutation("null", NODES.nullNode()),
            new Mutation("empty text", NODES.textNode("")),
            new Mutation("blank text", NODES.textNode(" ")),
            new Mutation("text", NODES.textNode("x")),
            new Mutation("a fraction", NODES.numberNode(1.5)),
            new Mutation("an object", NODES.objectNode()),
            new Mutation("a list", NODES.arrayNode()));

    private ConsumerContract() {
    }

    private record Mutation(String name, JsonNode value) {
    }

    /** Throws AssertionError listing every way in which the consumer and the type's schema disagree. */
    public static void assertHeldTo(String type, Class<? extends Record> data, Consumer<String> decode) {
        List<String> failures = new ArrayList<>(notRequired(type, data));
        failures.addAll(acceptedButRefused(type, decode));
        if (!failures.isEmpty()) {
            throw new AssertionError("The consumer's " + data.getName() + " and " + EventContracts.FOLDER + "/"
                    + EventContracts.file(type) + " disagree:\n  " + String.join("\n  ", failures));
        }
    }

    /** The fields a record reads: its components' JSON names, as paths through nested records and lists ({@code changes[].measureId}). */
    public static List<String> fieldsRead(Class<? extends Record> data) {
        List<String> paths = new ArrayList<>();
        collect(data, "", paths);
        return paths;
    }

    /** The fields the consumer reads that the type's schema does not require (at some level of their path). */
    public static List<String> notRequired(String type, Class<? extends Record> data) {
        List<String> failures = new ArrayList<>();
        SchemaPaths schema = new SchemaPaths(type);
        for (String path : fieldsRead(data)) {
            String problem = schema.requiredAlong(path);
            if (problem != null) {
                failures.add(path + " is read by the consumer, but " + problem);
            }
        }
        return failures;
    }

    /** Examples the consumer refuses, and changed examples the schema accepts but the consumer refuses. */
    public static List<String> acceptedButRefused(String type, Consumer<String> decode) {
        List<String> failures = new ArrayList<>();
        List<ObjectNode> examples = EventContracts.examples(type);
        for (int i = 0; i < examples.size(); i++) {
            ObjectNode example = examples.get(i);
            String refusal = refusal(decode, example);
            if (refusal != null) {
                failures.add("example " + (i + 1) + " is refused by the consumer: " + refusal);
                continue;
            }
            for (String path : paths(example, "")) {
                for (Mutation mutation : MUTATIONS) {
                    ObjectNode changed = example.deepCopy();
                    if (!apply(changed, path, mutation)) {
                        continue;
                    }
                    if (EventContracts.isValid(type, changed) && (refusal = refusal(decode, changed)) != null) {
                        failures.add("example " + (i + 1) + " with " + path + " " + mutation.name()
                                + " is valid by the schema but refused by the consumer: " + refusal);
                    }
                }
            }
        }
        return failures;
    }

    private static String refusal(Consumer<String> decode, JsonNode data) {
        try {
            decode.accept(data.toString());
            return null;
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }

    private static void collect(Class<?> record, String prefix, List<String> paths) {
        for (RecordComponent component : record.getRecordComponents()) {
            JsonProperty renamed = component.getAnnotation(JsonProperty.class);
            String path = prefix + (renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value());
            paths.add(path);
            Class<?> type = component.getType();
            if (type.isRecord()) {
                collect(type, path + ".", paths);
            } else if (Collection.class.isAssignableFrom(type)
                    && component.getGenericType() instanceof ParameterizedType generic) {
                Type element = generic.getActualTypeArguments()[0];
                if (element instanceof Class<?> elementClass && elementClass.isRecord()) {
                    collect(elementClass, path + "[].", paths);
                }
            }
        }
    }

    /** Every field of the data, as paths: members by name, list elements by index ({@code changes[0].measureId}). */
    private static List<String> paths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String path = prefix + field.getKey();
                paths.add(path);
                paths.addAll(paths(field.getValue(), path + "."));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String path = prefix.substring(0, prefix.length() - 1) + "[" + i + "]";
                paths.add(path);
                paths.addAll(paths(array.get(i), path + "."));
            }
        }
        return paths;
    }

    /** Changes the field at the path; false when the mutation does not apply (leaving out a list element). */
    private static boolean apply(ObjectNode root, String path, Mutation mutation) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        if (bracket > dot) {
            if (mutation.value() == null) {
                return false;
            }
            ArrayNode list = (ArrayNode) at(root, path.substring(0, bracket));
            list.set(Integer.parseInt(path.substring(bracket + 1, path.length() - 1)), mutation.value().deepCopy());
            return true;
        }
        ObjectNode parent = dot < 0 ? root : (ObjectNode) at(root, path.substring(0, dot));
        String name = path.substring(dot + 1);
        if (mutation.value() == null) {
            parent.remove(name);
        } else {
            parent.set(name, mutation.value().deepCopy());
        }
        return true;
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            node = node.get(bracket < 0 ? part : part.substring(0, bracket));
            if (bracket >= 0) {
                node = node.get(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
            }
        }
        return node;
    }
}
