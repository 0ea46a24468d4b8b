package nl.iat.gateway.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import nl.iat.gateway.security.Roles;
import nl.iat.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI in a real headless browser (Debian's chromium, driven by playwright-core from npm,
 * which never downloads a browser of its own): it loads, offers the three APIs, and "Try it out"
 * with a bearer token returns 200 through the gateway.
 */
@QuarkusTest
class SwaggerUiBrowserTest {

    private static final Path SOURCES = Path.of("src", "test", "browser");
    private static final Path WORK = Path.of("target", "browser-check");
    private static final String CHROMIUM = "/usr/bin/chromium";

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void swaggerUiListsTheThreeApisAndTryItOutWorksWithAToken() throws Exception {
        assertTrue(Files.isExecutable(Path.of(CHROMIUM)), "Debian's chromium is needed: apt-get install -y chromium");
        installDriver();
        String token = TestTokens.forRole(Roles.VIEWER);
        String base = gateway.toString().replaceAll("/$", "");
        String out = run(List.of("node", "swagger-ui-check.mjs"), Map.of("GATEWAY_URL", base, "BEARER_TOKEN", token,
                "CHROMIUM", CHROMIUM), 120);
        JsonObject seen = new JsonObject(out.lines().reduce((a, b) -> b).orElse("{}"));

        assertEquals(null, seen.getString("error"), "browser check failed: " + seen);
        assertEquals(Set.of("measures", "budget", "reports"), Set.copyOf(seen.getJsonArray("apis").getList()));
        assertEquals(200, seen.getInteger("tryItOutStatus"));
        assertEquals(base + "/api/measures/v1/things", seen.getString("tryItOutUrl"));
        assertEquals(Boolean.TRUE, seen.getBoolean("sentAuthorization"));
        assertEquals("200", seen.getString("shownStatus"));
    }

    private static void installDriver() throws Exception {
        Files.createDirectories(WORK);
        for (String file : List.of("package.json", "package-lock.json", "swagger-ui-check.mjs")) {
            Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(WORK.resolve("node_modules/playwright-core"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"), 300);
        }
    }

    private static String run(List<String> command, Map<String, String> env, long timeoutSeconds)
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
