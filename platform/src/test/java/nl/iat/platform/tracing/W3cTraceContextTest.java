package nl.iat.platform.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The trace context captured as text (for the outbox) and restored as the parent of a new span. */
@Tag("unit")
class W3cTraceContextTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    @Test
    void theCurrentSpanIsCapturedWithItsTraceState() {
        SpanContext context = SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(),
                TraceState.builder().put("vendor", "x1").build());
        try (Scope ignored = Span.wrap(context).makeCurrent()) {
            W3cTraceContext captured = W3cTraceContext.current();
            assertEquals("00-" + TRACE + "-" + SPAN + "-01", captured.traceparent());
            assertEquals("vendor=x1", captured.tracestate());
        }
    }

    @Test
    void withoutASpanThereIsNothingToCapture() {
        assertNull(W3cTraceContext.current());
    }

    @Test
    void aCapturedContextBecomesTheRemoteParentOfTheNextSpan() {
        Context parent = W3cTraceContext.parent(new W3cTraceContext("00-" + TRACE + "-" + SPAN + "-01", "vendor=x1"));

        SpanContext restored = Span.fromContext(parent).getSpanContext();
        assertTrue(restored.isRemote());
        assertEquals(TRACE, restored.getTraceId());
        assertEquals(SPAN, restored.getSpanId());
        assertEquals("x1", restored.getTraceState().get("vendor"));
    }

    @Test
    void noContextOrAnInvalidOneMeansANewTraceNotTheCurrentOne() {
        SpanContext current = SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.getDefault());
        try (Scope ignored = Span.wrap(current).makeCurrent()) {
            assertFalse(Span.fromContext(W3cTraceContext.parent(null)).getSpanContext().isValid());
            assertFalse(Span.fromContext(W3cTraceContext.parent(new W3cTraceContext("not-a-traceparent", null)))
                    .getSpanContext().isValid());
        }
    }
}
