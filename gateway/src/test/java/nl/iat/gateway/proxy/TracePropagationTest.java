package nl.iat.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.gateway.security.Roles;
import nl.iat.testing.RecordedSpans;
import nl.iat.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The proxied request carries the W3C {@code traceparent} of the gateway's trace, so the service's
 * span joins it (ADR 0011); a caller's own {@code traceparent} is continued, not replaced by a new
 * trace; the gateway's own problems name the trace.
 */
@QuarkusTest
@ExtendWith(RecordedSpans.Recording.class)
class TracePropagationTest {

    private static final String CALLER_TRACE = "0af7651916cd43dd8448eb211c80319c";

    @Test
    void theUpstreamRequestCarriesTheGatewaysTrace() {
        String traceparent = given().header("Authorization", TestTokens.bearer(Roles.ADMIN))
                .when().get("/api/budget/v1/budget-lines")
                .then().statusCode(200).extract().path("headers.traceparent");

        assertNotNull(traceparent, "the service received a traceparent");
        String traceId = traceparent.split("-")[1];
        String parentId = traceparent.split("-")[2];
        RecordedSpans.awaitSpan(s -> s.getSpanId().equals(parentId));
        // The server span ends after the response is written, possibly after the test has it.
        RecordedSpans.awaitSpan(s -> s.getTraceId().equals(traceId) && s.getKind() == SpanKind.SERVER);
        List<SpanData> trace = RecordedSpans.ofTrace(traceId);
        assertTrue(trace.stream().anyMatch(s -> s.getSpanId().equals(parentId)),
                "the service's parent is a span of the gateway: " + trace);
        SpanData server = trace.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst()
                .orElseThrow(() -> new AssertionError("no gateway server span in trace " + traceId));
        assertTrue(server.getName().startsWith("GET"), server.getName());
    }

    @Test
    void aCallersTraceIsContinued() {
        String traceparent = given().header("Authorization", TestTokens.bearer(Roles.ADMIN))
                .header("traceparent", "00-" + CALLER_TRACE + "-b7ad6b7169203331-01")
                .when().get("/api/measures/v1/measures")
                .then().statusCode(200).extract().path("headers.traceparent");

        assertEquals(CALLER_TRACE, traceparent.split("-")[1]);
    }

    @Test
    void theGatewaysOwnProblemsNameTheTrace() {
        String traceId = given().when().get("/api/budget/v1/budget-lines")
                .then().statusCode(401).extract().path("traceId");

        assertNotNull(traceId, "the 401 problem has a traceId");
        RecordedSpans.awaitSpan(s -> s.getKind() == SpanKind.SERVER && s.getTraceId().equals(traceId));
        assertTrue(RecordedSpans.ofTrace(traceId).stream().anyMatch(s -> s.getKind() == SpanKind.SERVER),
                "the problem's traceId is the request's trace");
    }
}
