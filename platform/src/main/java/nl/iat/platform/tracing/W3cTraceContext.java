package nl.iat.platform.tracing;

import java.util.HashMap;
import java.util.Map;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The W3C trace context of a span as text ({@code traceparent}, and {@code tracestate} when there
 * is one), so it can be stored in the outbox and carried in a Kafka header to continue the trace
 * in another process (ADR 0011).
 */
public record W3cTraceContext(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<W3cTraceContext> FIELDS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(W3cTraceContext carrier) {
            return java.util.List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(W3cTraceContext carrier, String key) {
            return carrier == null ? null : TRACEPARENT.equals(key) ? carrier.traceparent() : carrier.tracestate();
        }
    };

    /** The context of the span current on this thread; null when there is none. */
    public static W3cTraceContext current() {
        return of(Context.current());
    }

    /** The context of the span in {@code context}; null when it holds no valid span. */
    public static W3cTraceContext of(Context context) {
        Map<String, String> fields = new HashMap<>(4);
        W3C.inject(context, fields, Map::put);
        String traceparent = fields.get(TRACEPARENT);
        return traceparent == null ? null : new W3cTraceContext(traceparent, fields.get(TRACESTATE));
    }

    /**
     * The parent for a span that continues the trace {@code stored} belongs to. Without a stored
     * context, or with one that is not valid W3C, the span starts a new trace: never the trace
     * that happens to be current on the thread.
     */
    public static Context parent(W3cTraceContext stored) {
        return stored == null || stored.traceparent() == null ? Context.root()
                : W3C.extract(Context.root(), stored, FIELDS);
    }
}
