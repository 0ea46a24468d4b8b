package nl.iat.reporting.freshness;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import nl.iat.platform.security.Roles;
import nl.iat.reporting.Applied;
import nl.iat.reporting.SuiteEvents;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TestTokens;
import nl.iat.testing.Waits;
import org.junit.jupiter.api.Test;

/**
 * Dashboards revalidate instead of recomputing: a report carries an ETag of the read models'
 * position, an unchanged one is a 304, an applied event gives a new tag; the change stream tells
 * an open dashboard when the position moved.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ReportRevalidationTest {

    @Inject
    Applied applied;

    @TestHTTPResource("/api/reports/v1/figure-changes")
    URL changes;

    @Test
    void anUnchangedReportIsA304AndAnAppliedEventGivesANewTag() {
        int year = 2061;
        applied.await(SuiteEvents.envelope(year, 100L));
        String overview = "/api/reports/v1/overviews/" + year;
        Response first = viewer().get(overview);
        String tag = first.header("ETag");
        assertEquals(200, first.statusCode());
        assertTrue(tag.startsWith("W/\""), "a weak tag: the body also says when it was generated: " + tag);
        assertEquals("private, no-cache", first.header("Cache-Control"));
        assertEquals("Accept", first.header("Vary"));

        Response unchanged = viewer().header("If-None-Match", tag).get(overview);
        assertEquals(304, unchanged.statusCode());
        assertEquals("", unchanged.asString());
        assertEquals(tag, unchanged.header("ETag"));
        assertNotEquals(tag, viewer().accept("text/csv").get(overview).header("ETag"), "CSV is another representation");

        applied.await(SuiteEvents.envelope(year + 1, 100L));
        // The tag follows the change stream's look at the position, a few times a second (ADR 0303).
        Response changed = Waits.until(() -> viewer().header("If-None-Match", tag).get(overview),
                r -> r.statusCode() != 304, Duration.ofSeconds(2));
        assertEquals(200, changed.statusCode(), "an applied event changes every report's tag");
        assertNotEquals(tag, changed.header("ETag"));
    }

    @Test
    void writesAndRebuildStatesAreNotKept() {
        Response rebuilds = given().auth().oauth2(TestTokens.forRole(Roles.ADMIN)).get("/api/reports/v1/rebuilds");
        assertEquals(200, rebuilds.statusCode());
        assertEquals("no-store", rebuilds.header("Cache-Control"));
        assertNull(rebuilds.header("ETag"));
    }

    @Test
    void theChangeStreamTellsAnOpenDashboardThatTheFiguresMoved() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(changes.toString()))
                .header("Authorization", "Bearer " + TestTokens.forRole(Roles.VIEWER))
                .header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        Iterator<String> lines = response.body().iterator();
        long first = nextPosition(lines);
        SuiteEvents.envelope(2063, 100L);
        long moved = first;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (moved <= first && System.nanoTime() < deadline) {
            moved = nextPosition(lines); // a notice at least every second
        }
        assertTrue(moved > first, "a notice with a later position followed the event: " + first + " -> " + moved);
        response.body().close();
    }

    private static long nextPosition(Iterator<String> lines) throws IOException {
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("data:")) {
                return new JsonObject(line.substring(5).trim()).getLong("position");
            }
        }
        throw new IOException("The stream ended");
    }

    private static RequestSpecification viewer() {
        return given().auth().oauth2(TestTokens.forRole(Roles.VIEWER));
    }
}
