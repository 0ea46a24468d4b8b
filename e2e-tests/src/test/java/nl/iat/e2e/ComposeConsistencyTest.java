package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot be started here (no Docker), so this keeps it honest: every variable it
 * sets is one the service reads, and every variable a service reads without a default is set.
 */
@Tag("unit")
class ComposeConsistencyTest {

    private static final Path ROOT = Path.of(System.getProperty("iat.root", "..")).toAbsolutePath().normalize();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

    @Test
    void composeEnvironmentMatchesWhatEachServiceReads() throws IOException {
        Map<String, Object> services = composeServices();
        for (String service : Set.of("measures-service", "budget-service", "reporting-service", "gateway")) {
            Set<String> set = environment(services, service);
            Set<String> read = new TreeSet<>();
            Set<String> required = new TreeSet<>();
            configurationOf(service).forEach(text -> collect(text, read, required));
            Set<String> unknown = new TreeSet<>(set);
            unknown.removeAll(read);
            assertEquals(Set.of(), unknown, service + ": compose sets variables the service does not read");
            Set<String> missing = new TreeSet<>(required);
            missing.removeAll(set);
            assertEquals(Set.of(), missing, service + ": the service needs variables compose does not set");
            assertTrue(set.contains("PORT"), service + " gets its port");
        }
    }

    @Test
    void everyServiceImageIsBuiltFromItsDockerfile() throws IOException {
        Map<String, Object> services = composeServices();
        for (String service : Set.of("measures-service", "budget-service", "reporting-service", "gateway")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> build = (Map<String, Object>) ((Map<String, Object>) services.get(service)).get("build");
            Path dockerfile = ROOT.resolve(build.get("context").toString()).resolve(build.get("dockerfile").toString());
            assertTrue(Files.exists(dockerfile), dockerfile + " exists");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> composeServices() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        return (Map<String, Object>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Set<String> environment(Map<String, Object> services, String service) {
        Map<String, Object> definition = (Map<String, Object>) services.get(service);
        return new TreeSet<>(((Map<String, Object>) definition.get("environment")).keySet());
    }

    private static java.util.List<String> configurationOf(String service) throws IOException {
        java.util.List<String> texts = new java.util.ArrayList<>();
        texts.add(Files.readString(ROOT.resolve(service + "/src/main/resources/application.properties")));
        if (!service.equals("gateway")) {
            texts.add(Files.readString(ROOT.resolve("platform/src/main/resources/META-INF/microprofile-config.properties")));
        }
        return texts;
    }

    private static void collect(String text, Set<String> read, Set<String> required) {
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            read.add(m.group(1));
            if (m.group(2) == null) {
                required.add(m.group(1));
            }
        }
    }
}
