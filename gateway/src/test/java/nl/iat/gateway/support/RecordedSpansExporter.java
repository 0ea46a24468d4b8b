package nl.iat.gateway.support;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import nl.iat.testing.RecordedSpans;

/** In this module's tests, spans go to memory (RecordedSpans), never over OTLP. */
@Singleton
public class RecordedSpansExporter {

    @Produces
    @Singleton
    SpanExporter recordedSpans() {
        return RecordedSpans.EXPORTER;
    }
}
