package nl.iat.platform.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, the body of every error response of the suite. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "URI reference identifying the problem type", example = "about:blank") URI type,
        @Schema(description = "Short, human-readable summary of the problem type", example = "Bad Request") String title,
        @Schema(description = "HTTP status code", example = "400") int status,
        @Schema(description = "Explanation specific to this occurrence", example = "The request body is not valid JSON") String detail,
        @Schema(description = "URI reference identifying this occurrence") URI instance,
        @Schema(description = "Id of the request, to find it in the logs") String requestId,
        @Schema(description = "W3C trace id of the request, to find its trace and its log lines in every service",
                example = "4bf92f3577b34da6a3ce929d0e0e4736") String traceId,
        @Schema(description = "The parameters that failed validation") List<InvalidParam> invalidParams,
        @Schema(description = "For a forbidden state transition: the transitions that are allowed") List<String> allowed) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** This problem stamped with the ids that lead to its request in the logs and the traces. */
    public Problem withCorrelation(String requestId, String traceId) {
        return new Problem(type, title, status, detail, instance, requestId, traceId, invalidParams, allowed);
    }
}
