package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import nl.iat.e2e.client.Api;
import nl.iat.e2e.client.SuiteClient;
import nl.iat.e2e.harness.Figures;
import nl.iat.e2e.harness.Fixtures;
import nl.iat.e2e.harness.OtlpReceiver;
import nl.iat.e2e.harness.OtlpReceiver.ReceivedSpan;
import nl.iat.e2e.harness.Suite;
import org.junit.jupiter.api.Test;

/**
 * One allocation through the gateway is one trace across four processes (ADR 0011), as exported
 * over OTLP: the gateway's span, the budget-service's request and its SQL, the relay's publish,
 * and the reporting-service's apply of the event.
 */
class TraceScenario {

    private static final int YEAR = 2021;

    @Test
    void anAllocationIsOneTraceFromTheGatewayToTheReport() {
        SuiteClient suite = Fixtures.client();
        OtlpReceiver traces = Suite.get().traces;
        String measure = Fixtures.approvedMeasure(suite, "Traced measure");
        String line = Fixtures.budgetLine(suite, YEAR, 1_000_000L);
        // The budget-service knows the measure once this succeeds (it learns of it through events).
        suite.allocate(line, "ALLOCATE", measure, null, 1_000L, "Make the measure known");

        String traceId = hex(16);
        traces.watch(traceId);
        Api.Reply reply = suite.controller().post("/api/budget/v1/budget-lines/" + line + "/ledger-entries",
                Map.of("kind", "INCREASE", "measureId", measure, "amountCents", 2_000L, "reason", "Traced increase"),
                Map.of("traceparent", "00-" + traceId + "-" + hex(8) + "-01"));
        assertEquals(201, reply.status(), reply.toString());

        Predicate<List<ReceivedSpan>> complete = spans -> has(spans, "gateway", "SERVER")
                && has(spans, "budget-service", "SERVER") && has(spans, "budget-service", "CLIENT")
                && has(spans, "budget-service", "PRODUCER") && has(spans, "reporting-service", "CONSUMER");
        var converged = Fixtures.converge(() -> traces.spansOf(traceId), complete);
        List<ReceivedSpan> spans = converged.value();
        assertTrue(converged.reached(), "one trace covers gateway, budget request, SQL, publish and apply: " + spans);
        ReceivedSpan publish = one(spans, "budget-service", "PRODUCER");
        assertTrue(spans.stream().anyMatch(s -> s.service().equals("reporting-service") && s.kind().equals("SPAN_KIND_CONSUMER")
                && s.parentSpanId().equals(publish.spanId())), "the reporting consumer's apply is a child of the publish");
        Figures.record("11 one trace", Map.of("spans in the allocation's trace", spans.size(),
                "seconds until the consumer's span arrived", converged.seconds()));
    }

    private static boolean has(List<ReceivedSpan> spans, String service, String kind) {
        return spans.stream().anyMatch(s -> s.service().equals(service) && s.kind().equals("SPAN_KIND_" + kind));
    }

    private static ReceivedSpan one(List<ReceivedSpan> spans, String service, String kind) {
        return spans.stream().filter(s -> s.service().equals(service) && s.kind().equals("SPAN_KIND_" + kind))
                .findFirst().orElseThrow();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1;
        return HexFormat.of().formatHex(random);
    }
}
