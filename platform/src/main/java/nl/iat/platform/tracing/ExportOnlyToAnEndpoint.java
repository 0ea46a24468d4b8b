package nl.iat.platform.tracing;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;

/**
 * Without an OTLP endpoint (IAT_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_ENDPOINT), finished spans go to
 * this exporter, which drops them, instead of to Quarkus' OTLP exporter, which would send them to
 * localhost:4317 and log every failure. Quarkus leaves its OTLP exporter out whenever a
 * {@code SpanExporter} bean can be looked up, and this one can only while the endpoint is unset.
 * Spans and their ids (in the logs, in {@code traceparent}) exist either way (ADR 0011).
 */
@Singleton
public class ExportOnlyToAnEndpoint {

    // An empty value counts as unset, so "" never matches: the bean is looked up only when unset.
    @Produces
    @Singleton
    @LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = "", lookupIfMissing = true)
    SpanExporter dropSpans() {
        return SpanExporter.composite();
    }
}
