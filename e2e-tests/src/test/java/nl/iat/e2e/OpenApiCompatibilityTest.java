package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.iat.e2e.client.Api;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Within a major version an API only grows: each committed document ({@code docs/api/}) must be
 * backward compatible with the last released one of its major version ({@code docs/api/released/}).
 * A breaking change needs a new major version, with its own base path.
 */
@Tag("unit")
class OpenApiCompatibilityTest {

    private static final Path API = Path.of(System.getProperty("iat.root", "..")).resolve("docs/api");

    @ParameterizedTest
    @ValueSource(strings = { "measures", "budget", "reports" })
    void theCommittedDocumentIsCompatibleWithTheReleasedV1(String api) throws IOException {
        ChangedOpenApi diff = compare(released(api), API.resolve(api + "-v1.openapi.json"));
        assertFalse(diff.isIncompatible(), () -> api + " v1 has a breaking change against its release:\n" + markdown(diff));
    }

    @Test
    void removingAnOperationIsCaughtAsBreaking(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        ObjectNode document = (ObjectNode) Api.JSON.readTree(Files.readString(released("budget")));
        ((ObjectNode) document.path("paths")).remove("/envelopes");
        Path changed = temp.resolve("budget.json");
        Files.writeString(changed, document.toString());
        assertTrue(compare(released("budget"), changed).isIncompatible(), "a removed operation breaks clients");
    }

    private static Path released(String api) {
        return API.resolve("released").resolve(api + "-v1.0.0.openapi.json");
    }

    private static ChangedOpenApi compare(Path before, Path after) {
        return OpenApiCompare.fromLocations(before.toUri().toString(), after.toUri().toString());
    }

    private static String markdown(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException e) {
            return "(no report: " + e + ")";
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
