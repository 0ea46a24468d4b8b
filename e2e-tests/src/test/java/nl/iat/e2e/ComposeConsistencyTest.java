package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.iat.e2e.harness.ServiceVariables;
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

    @Test
    void composeEnvironmentMatchesWhatEachServiceReads() throws IOException {
        Map<String, Object> services = composeServices();
        for (String service : ServiceVariables.WORKLOADS) {
            Set<String> set = environment(services, service);
            ServiceVariables variables = ServiceVariables.of(ROOT, service);
            assertEquals(Set.of(), variables.unknown(set), service + ": compose sets variables the service does not read");
            assertEquals(Set.of(), variables.missing(set), service + ": the service needs variables compose does not set");
            assertTrue(set.contains("PORT"), service + " gets its port");
        }
    }

    @Test
    void everyServiceImageIsBuiltFromItsDockerfile() throws IOException {
        Map<String, Object> services = composeServices();
        for (String service : ServiceVariables.WORKLOADS) {
            @SuppressWarnings("unchecked")
            Map<String, Object> build = (Map<String, Object>) ((Map<String, Object>) services.get(service)).get("build");
            Path dockerfile = ROOT.resolve(build.get("context").toString()).resolve(build.get("dockerfile").toString());
            assertTrue(Files.exists(dockerfile), dockerfile + " exists");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyMountedFileOfTheRepositoryExists() throws IOException {
        for (Object definition : composeServices().values()) {
            for (Object volume : (Iterable<Object>) ((Map<String, Object>) definition).getOrDefault("volumes", java.util.List.of())) {
                String source = volume.toString().split(":")[0];
                // .local/ holds what ./iat keys generates; named volumes have no path.
                if (source.startsWith("./") && !source.startsWith("./.local/")) {
                    assertTrue(Files.exists(ROOT.resolve(source)), source + " is mounted but missing");
                }
            }
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
}
