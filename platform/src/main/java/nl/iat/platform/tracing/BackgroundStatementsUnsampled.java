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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records a share ({@code iat.tracing.sample-ratio}) of the traces a request or a consumed event
 * starts, whole: every span follows its parent's decision, as {@code parentbased_traceidratio}, so a
 * caller (or the gateway) that sends a sampled {@code traceparent} is always traced through. A trace
 * that is not recorded still has its ids in the logs and in {@code traceparent}. SQL statements that
 * run outside any trace are never recorded: the outbox relay's poll every second and the scheduled
 * jobs would otherwise each be a trace of their own. Such a statement is a CLIENT span (JDBC
 * telemetry) without a parent.
 */
@Singleton
public class BackgroundStatementsUnsampled implements Sampler {

    private final Sampler parentBased;

    BackgroundStatementsUnsampled(@ConfigProperty(name = "iat.tracing.sample-ratio", defaultValue = "0.1") double ratio) {
        parentBased = Sampler.parentBased(Sampler.traceIdRatioBased(ratio));
    }

    @Override
    public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
            Attributes attributes, List<LinkData> parentLinks) {
        if (spanKind == SpanKind.CLIENT && !Span.fromContext(parentContext).getSpanContext().isValid()) {
            return SamplingResult.drop();
        }
        return parentBased.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
    }

    @Override
    public String getDescription() {
        return "BackgroundStatementsUnsampled{" + parentBased.getDescription() + "}";
    }
}
