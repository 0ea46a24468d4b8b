package nl.iat.platform.tracing;

import java.util.List;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/** A real OpenTelemetry tracer for unit tests, whose finished spans are kept in memory at once. */
public final class TestTracer {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(spans)).build();

    public Tracer tracer() {
        return provider.get("test");
    }

    public List<SpanData> finished() {
        return spans.getFinishedSpanItems();
    }

    /** The one finished span; fails when there is not exactly one. */
    public SpanData only() {
        List<SpanData> finished = finished();
        if (finished.size() != 1) {
            throw new AssertionError("expected one finished span, got " + finished);
        }
        return finished.get(0);
    }
}
