package nl.iat.testing;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * In the Quarkus tests of every module that uses this library (a bean archive), spans go to memory
 * ({@link RecordedSpans}), never over OTLP.
 */
@Singleton
public class RecordedSpansExporter {

    @Produces
    @Singleton
    SpanExporter recordedSpans() {
        return RecordedSpans.EXPORTER;
    }
}
