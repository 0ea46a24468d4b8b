package nl.iat.e2e.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import nl.iat.e2e.client.Api;

/**
 * Runs a browser check script from {@code src/test/browser} with node: playwright-core driving
 * Debian's headless chromium (never a browser it downloads itself). A script prints one JSON line
 * with what it saw. Screenshots go to {@code target/screenshots}.
 */
public final class Browser {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
    private static final Path SOURCES = Path.of("src", "test", "browser");
    private static final Path WORK = Path.of("target", "browser");
    private static final String CHROMIUM = "/usr/bin/chromium";

    private Browser() {
    }

    /** Runs {@code script} with the environment given; returns the JSON line it printed last. */
    public static JsonNode run(String script, Map<String, String> environment) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(Path.of(CHROMIUM)), "Debian's chromium is needed: apt-get install -y chromium");
        install();
        Files.createDirectories(SCREENSHOTS);
        Map<String, String> env = new HashMap<>(environment);
        env.put("CHROMIUM", CHROMIUM);
        env.put("SCREENSHOTS", SCREENSHOTS.toString());
        String out = execute(List.of("node", script), env, 300);
        return Api.JSON.readTree(out.lines().reduce((a, b) -> b).orElse("{}"));
    }

    private static void install() throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.toList()) {
                Files.copy(file, WORK.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!installed()) {
            execute(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"), 300);
        }
    }

    /** Every dependency package.json names is in node_modules (a dependency added later needs npm ci again). */
    private static boolean installed() throws IOException {
        JsonNode dependencies = Api.JSON.readTree(WORK.resolve("package.json").toFile()).path("dependencies");
        for (var names = dependencies.fieldNames(); names.hasNext(); ) {
            if (!Files.isDirectory(WORK.resolve("node_modules").resolve(names.next()))) {
                return false;
            }
        }
        return true;
    }

    private static String execute(List<String> command, Map<String, String> env, long timeoutSeconds)
            throws IOException, InterruptedException {
        Path log = WORK.resolve(command.get(0) + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(WORK.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s");
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), command + " failed:\n" + text);
        return text;
    }
}
