package nl.iat.platform.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class BackgroundStatementsUnsampledTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void aNewTraceIsRecordedAtTheConfiguredShare() {
        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, decide(new BackgroundStatementsUnsampled(1), Context.root(), SpanKind.SERVER));
        assertEquals(SamplingDecision.DROP, decide(new BackgroundStatementsUnsampled(0), Context.root(), SpanKind.SERVER));
    }

    @Test
    void aSpanFollowsItsParentsDecisionWhateverTheShare() {
        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, decide(new BackgroundStatementsUnsampled(0), parent(true), SpanKind.CONSUMER));
        assertEquals(SamplingDecision.DROP, decide(new BackgroundStatementsUnsampled(1), parent(false), SpanKind.SERVER));
        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, decide(new BackgroundStatementsUnsampled(0), parent(true), SpanKind.CLIENT));
    }

    @Test
    void aStatementOutsideAnyTraceIsNeverRecorded() {
        assertEquals(SamplingDecision.DROP, decide(new BackgroundStatementsUnsampled(1), Context.root(), SpanKind.CLIENT));
    }

    private static SamplingDecision decide(BackgroundStatementsUnsampled sampler, Context parent, SpanKind kind) {
        return sampler.shouldSample(parent, TRACE, "span", kind, Attributes.empty(), List.of()).getDecision();
    }

    private static Context parent(boolean sampled) {
        SpanContext remote = SpanContext.createFromRemoteParent(TRACE, "00f067aa0ba902b7",
                sampled ? TraceFlags.getSampled() : TraceFlags.getDefault(), TraceState.getDefault());
        return Context.root().with(Span.wrap(remote));
    }
}
