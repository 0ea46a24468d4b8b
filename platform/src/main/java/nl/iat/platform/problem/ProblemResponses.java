package nl.iat.platform.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import nl.iat.platform.http.RequestIds;

/** Builds problem+json responses, stamped with the request id and the trace id of the current request. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withCorrelation(RequestIds.current(), currentTraceId()))
                .build();
    }

    public static Response of(int status, String title, String detail) {
        return of(new Problem(null, title, status, detail, null, null, null, List.of(), List.of()));
    }

    public static Response invalid(String detail, List<InvalidParam> invalidParams) {
        return of(new Problem(null, "Bad Request", 400, detail, null, null, null, invalidParams, List.of()));
    }

    private static String currentTraceId() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }
}
