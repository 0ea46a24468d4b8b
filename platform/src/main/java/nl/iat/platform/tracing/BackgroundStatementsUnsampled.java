package nl.iat.platform.tracing;

import java.util.List;

import jakarta.inject.Singleton;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;

/**
 * Records every trace a request or a consumed event starts, but not the SQL statements that run
 * outside any trace: the outbox relay's poll every second and the scheduled jobs would otherwise
 * each be a trace of their own, a few per second per service. Such a statement is a CLIENT span
 * (JDBC telemetry) without a parent. Everything else follows its parent, as {@code parentbased_always_on}.
 */
@Singleton
public class BackgroundStatementsUnsampled implements Sampler {

    private static final Sampler PARENT_BASED = Sampler.parentBased(Sampler.alwaysOn());

    @Override
    public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
            Attributes attributes, List<LinkData> parentLinks) {
        if (spanKind == SpanKind.CLIENT && !Span.fromContext(parentContext).getSpanContext().isValid()) {
            return SamplingResult.drop();
        }
        return PARENT_BASED.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
    }

    @Override
    public String getDescription() {
        return "BackgroundStatementsUnsampled{" + PARENT_BASED.getDescription() + "}";
    }
}
