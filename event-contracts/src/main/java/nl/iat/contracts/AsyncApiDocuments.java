package nl.iat.contracts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Holds a served AsyncAPI document to the contracts: its payloads refer to the schemas served beside
 * it ({@code schemas/<file>}), which are the contracts' files as they are (and so are the files those
 * refer to), and every type of the producer's domain has its schema referred to.
 */
public final class AsyncApiDocuments {

    private static final Pattern SCHEMA_REF = Pattern.compile("\\$ref: '?schemas/([^'\\s]+)'?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private AsyncApiDocuments() {
    }

    /**
     * @param document the AsyncAPI document (YAML) as served
     * @param domain   the producer's domain ({@code measures}): each of its types must have its payload here
     * @param served   what is served at a path relative to the document ({@code schemas/...})
     */
    public static void assertRefersToTheContracts(String document, String domain, Function<String, String> served) {
        List<String> failures = new ArrayList<>();
        SortedSet<String> referred = new TreeSet<>();
        Matcher ref = SCHEMA_REF.matcher(document);
        while (ref.find()) {
            referred.add(ref.group(1));
        }
        Deque<String> files = new ArrayDeque<>(referred);
        Set<String> checked = new HashSet<>();
        while (!files.isEmpty()) {
            String file = files.pop();
            if (!checked.add(file)) {
                continue;
            }
            try {
                JsonNode schema = JSON.readTree(served.apply("schemas/" + file));
                if (!schema.equals(EventContracts.document(file))) {
                    failures.add("schemas/" + file + " is served, but differs from " + EventContracts.FOLDER + "/" + file);
                }
                // the files it refers to must be served beside it too
                schema.findValuesAsText("$ref").stream().filter(r -> !r.startsWith("#"))
                        .map(r -> r.contains("#") ? r.substring(0, r.indexOf('#')) : r).forEach(files::push);
            } catch (JsonProcessingException | RuntimeException e) {
                failures.add("schemas/" + file + " is not served as the contract's schema: " + e.getMessage());
            }
        }
        for (String type : EventContracts.typesOf(domain)) {
            if (!referred.contains(EventContracts.file(type))) {
                failures.add("no payload refers to schemas/" + EventContracts.file(type));
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("The AsyncAPI document and the event contracts disagree:\n  "
                    + String.join("\n  ", failures));
        }
    }
}
