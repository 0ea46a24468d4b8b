package nl.iat.e2e.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables a workload reads, taken from its configuration files: the one source
 * of truth that docker-compose.yml and the Kubernetes manifests are held to.
 */
public record ServiceVariables(Set<String> read, Set<String> required) {

    public static final Set<String> WORKLOADS = Set.of("measures-service", "budget-service", "reporting-service", "gateway");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

    /** The variables of one workload; {@code root} is the repository's root. */
    public static ServiceVariables of(Path root, String workload) throws IOException {
        Set<String> read = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        for (String text : configurationOf(root, workload)) {
            Matcher m = VARIABLE.matcher(text);
            while (m.find()) {
                read.add(m.group(1));
                if (m.group(2) == null) {
                    required.add(m.group(1));
                }
            }
        }
        return new ServiceVariables(read, required);
    }

    /** What of {@code set} the workload does not read. */
    public Set<String> unknown(Set<String> set) {
        Set<String> unknown = new TreeSet<>(set);
        unknown.removeAll(read);
        return unknown;
    }

    /** What the workload needs that {@code set} lacks. */
    public Set<String> missing(Set<String> set) {
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(set);
        return missing;
    }

    private static List<String> configurationOf(Path root, String workload) throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(Files.readString(root.resolve(workload + "/src/main/resources/application.properties")));
        if (!workload.equals("gateway")) {
            texts.add(Files.readString(root.resolve("platform/src/main/resources/META-INF/microprofile-config.properties")));
        }
        return texts;
    }
}
