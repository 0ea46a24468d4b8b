package nl.iat.testing;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The spans the application under test finished, kept in memory while a test records: Quarkus
 * exports every span to {@link #EXPORTER} ({@link RecordedSpansExporter}) and nothing over OTLP. It
 * keeps spans only while a test class with {@code @ExtendWith(RecordedSpans.Recording.class)} runs a
 * test, so the other tests of the module do not fill the memory.
 */
public final class RecordedSpans implements SpanExporter {

    public static final RecordedSpans EXPORTER = new RecordedSpans();

    private final InMemorySpanExporter memory = InMemorySpanExporter.create();
    private volatile boolean recording;

    private RecordedSpans() {
    }

    /** Records the spans of each test of the class, from a clean slate. */
    public static final class Recording implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            EXPORTER.memory.reset();
            EXPORTER.recording = true;
        }

        @Override
        public void afterEach(ExtensionContext context) {
            EXPORTER.recording = false;
            EXPORTER.memory.reset();
        }
    }

    /** The recorded spans once one matches {@code until} (spans are exported in batches), or all after 20 s. */
    public static List<SpanData> awaitSpan(Predicate<SpanData> until) {
        return Waits.until(EXPORTER.memory::getFinishedSpanItems, spans -> spans.stream().anyMatch(until),
                Duration.ofSeconds(20));
    }

    /** The recorded spans of one trace. */
    public static List<SpanData> ofTrace(String traceId) {
        return EXPORTER.memory.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return recording ? memory.export(spans) : CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        // The application stops after each test profile; the recorder lives on for the next.
        return CompletableResultCode.ofSuccess();
    }
}
