package nl.iat.e2e.harness;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * An OTLP/HTTP (protobuf) trace receiver in the test JVM: every process of the suite exports its
 * spans here ({@code IAT_OTLP_ENDPOINT}), as it would to a collector. It keeps only the spans of
 * the traces a scenario watches, so the other scenarios cost it no memory.
 */
public final class OtlpReceiver {

    /** One received span, with the {@code service.name} of the process that sent it. */
    public record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
            String kind) {
    }

    private static final HexFormat HEX = HexFormat.of();

    private final HttpServer server;
    private final Set<String> watched = ConcurrentHashMap.newKeySet();
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    OtlpReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/v1/traces", this::receive);
        server.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Keeps the spans of this trace from now on. */
    public void watch(String traceId) {
        watched.add(traceId);
    }

    public List<ReceivedSpan> spansOf(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    void stop() {
        server.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            if (!watched.isEmpty()) {
                keepWatched(ExportTraceServiceRequest.parseFrom(body));
            } else {
                body.readAllBytes();
            }
        }
        byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
        exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
        exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
        if (answer.length > 0) {
            exchange.getResponseBody().write(answer);
        }
        exchange.close();
    }

    private void keepWatched(ExportTraceServiceRequest request) {
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = resource.getResource().getAttributesList().stream()
                    .filter(a -> a.getKey().equals("service.name")).map(KeyValue::getValue)
                    .map(v -> v.getStringValue()).findFirst().orElse("?");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                for (Span span : scope.getSpansList()) {
                    String traceId = HEX.formatHex(span.getTraceId().toByteArray());
                    if (watched.contains(traceId)) {
                        spans.add(new ReceivedSpan(service, traceId, HEX.formatHex(span.getSpanId().toByteArray()),
                                HEX.formatHex(span.getParentSpanId().toByteArray()), span.getName(),
                                span.getKind().name()));
                    }
                }
            }
        }
    }
}
