package nl.iat.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The OpenAPI documents in {@code docs/api/} are reviewed artifacts: a service must serve exactly
 * its committed document, so every API change shows up in a diff. After an intended change, run
 * {@code scripts/openapi-update.sh} and commit the result.
 */
public final class CommittedOpenApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CommittedOpenApi() {
    }

    /** Fails when the document served at {@code servedPath} differs from {@code docs/api/<api>-v1.openapi.json}. */
    public static void assertServedIsCommitted(String servedPath, String api) {
        Path committed = document(api);
        String served = given().accept("application/json").get(servedPath + "?format=JSON")
                .then().statusCode(200).extract().asString();
        assertEquals(read(committed), parse(served), "The served OpenAPI document differs from " + committed
                + ". If the change is intended, run scripts/openapi-update.sh and commit " + committed);
    }

    /** The committed document of an API, found from the module's or the repository's directory. */
    public static Path document(String api) {
        Path name = Path.of("docs", "api", api + "-v1.openapi.json");
        return Files.exists(name) ? name : Path.of("..").resolve(name).normalize();
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("The served document is not JSON", e);
        }
    }
}
