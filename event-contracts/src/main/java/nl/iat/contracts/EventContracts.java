package nl.iat.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * The event contracts: one JSON Schema (draft-07) per event type, in {@code event-schemas/<type>.schema.json},
 * each with at least one complete valid example. A file named after a type ({@code nl.iat.<domain>.<what>.v<major>})
 * declares that type, and its domain names the producer: {@code nl.iat.measures.*} the measures-service,
 * {@code nl.iat.budget.*} the budget-service, {@code nl.iat.parliament.*} the measures-service on its own
 * topic {@code iat.parliament.events} (docs/events.md). Other files ({@code measure-state.v1.schema.json},
 * {@code definitions.v1.schema.json}) hold what several types share.
 *
 * <p>Producers' tests validate what they emit against the schema of its type; consumers' tests publish the
 * examples and hold what they read to the schema ({@link ConsumerContract}). Formats ({@code uuid},
 * {@code date}, {@code date-time}) are asserted, not only annotated.
 */
public final class EventContracts {

    /** Where the schemas are, on the class path and below the source folder. */
    public static final String FOLDER = "event-schemas";

    private static final Pattern TYPE_FILE = Pattern.compile("(nl\\.iat\\.([a-z-]+)\\.[a-z-]+(\\.[a-z-]+)*\\.v[0-9]+)\\.schema\\.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Map<String, JsonNode> FILES = new ConcurrentHashMap<>();
    private static final SortedSet<String> TYPES = Collections.unmodifiableSortedSet(scanTypes());

    private EventContracts() {
    }

    /** Every declared event type. */
    public static SortedSet<String> types() {
        return TYPES;
    }

    /** The types of one producer's domain: {@code typesOf("measures")} are the {@code nl.iat.measures.*} types. */
    public static SortedSet<String> typesOf(String domain) {
        SortedSet<String> types = new TreeSet<>();
        for (String type : TYPES) {
            if (type.startsWith("nl.iat." + domain + ".")) {
                types.add(type);
            }
        }
        return types;
    }

    /** The file of a type's schema, relative to {@link #FOLDER}. */
    public static String file(String type) {
        return type + ".schema.json";
    }

    /** The schema document of a type, as written. */
    public static JsonNode schema(String type) {
        return document(file(declared(type)));
    }

    /** A schema file of the folder (a type's or a shared one), parsed; cached. */
    static JsonNode document(String file) {
        return FILES.computeIfAbsent(file, f -> {
            try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(FOLDER + "/" + f)) {
                if (in == null) {
                    throw new IllegalArgumentException("No schema file " + FOLDER + "/" + f);
                }
                return JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The examples of a type's schema, each a fresh copy to change at will. */
    public static List<ObjectNode> examples(String type) {
        List<ObjectNode> examples = new ArrayList<>();
        schema(type).path("examples").forEach(example -> examples.add((ObjectNode) example.deepCopy()));
        return examples;
    }

    /** The first example of a type's schema, a fresh copy to change at will. */
    public static ObjectNode example(String type) {
        List<ObjectNode> examples = examples(type);
        if (examples.isEmpty()) {
            throw new IllegalStateException("The schema of " + type + " has no example");
        }
        return examples.get(0);
    }

    /** Why the data does not match the schema of its type; empty when it does. */
    public static List<String> errors(String type, JsonNode data) {
        Schema schema = SCHEMAS.computeIfAbsent(declared(type),
                t -> REGISTRY.getSchema(SchemaLocation.of("classpath:" + FOLDER + "/" + file(t))));
        return schema.validate(data).stream().map(Error::toString).toList();
    }

    /** Why the JSON text does not match the schema of its type; empty when it does. */
    public static List<String> errors(String type, String json) {
        try {
            return errors(type, JSON.readTree(json));
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
    }

    public static boolean isValid(String type, JsonNode data) {
        return errors(type, data).isEmpty();
    }

    /** Throws AssertionError, naming what is wrong, when the JSON text is not valid data of the type. */
    public static void assertValid(String type, String json) {
        List<String> errors = errors(type, json);
        if (!errors.isEmpty()) {
            throw new AssertionError("The data of a " + type + " event does not match " + FOLDER + "/" + file(type) + ": "
                    + errors + "\n" + json);
        }
    }

    /** Throws AssertionError, naming what is wrong, when the data is not valid data of the type. */
    public static void assertValid(String type, JsonNode data) {
        assertValid(type, data.toString());
    }

    private static String declared(String type) {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("No event type " + type + " is declared in " + FOLDER + " (declared: " + TYPES + ")");
        }
        return type;
    }

    private static SortedSet<String> scanTypes() {
        SortedSet<String> types = new TreeSet<>();
        for (String name : fileNames()) {
            Matcher matcher = TYPE_FILE.matcher(name);
            if (matcher.matches()) {
                types.add(matcher.group(1));
            }
        }
        return types;
    }

    /** The names of the files in the folder, from a directory (a module's own build) or a jar (another's). */
    static List<String> fileNames() {
        URL folder = EventContracts.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException("No " + FOLDER + " on the class path");
        }
        try {
            if ("jar".equals(folder.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    return jar.stream().map(JarEntry::getName)
                            .filter(name -> name.startsWith(FOLDER + "/") && name.length() > FOLDER.length() + 1)
                            .map(name -> name.substring(FOLDER.length() + 1))
                            .filter(name -> !name.contains("/"))
                            .sorted().toList();
                }
            }
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                return files.map(path -> path.getFileName().toString()).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
