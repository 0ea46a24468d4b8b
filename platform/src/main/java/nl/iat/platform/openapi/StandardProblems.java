package nl.iat.platform.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import nl.iat.platform.problem.Problem;

/**
 * The problem+json responses an operation gives because of its kind, so a resource states only the
 * problems particular to it (a 409 that says what conflicts, a 422 that says which rule): every
 * operation can be refused (401, 403), can fail (500) or be too busy (503), can get malformed input (400) or be asked
 * for a media type it does not give (406); one with
 * a path parameter can find nothing (404); any can get a body too large (413), one that takes a
 * body one of another type (415); one that takes {@code If-Match} can meet a stale or missing
 * version (412, 428).
 */
final class StandardProblems {

    static final String PROBLEM_REF = "#/components/schemas/Problem";
    static final String RETRY_AFTER = "Retry-After";

    private StandardProblems() {
    }

    static void apply(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "Invalid input: a parameter or the body is malformed or breaks a rule; nothing changed");
        problems.put("401", "No valid bearer token in the Authorization header");
        problems.put("403", "The token's roles do not allow this operation (see its roles)");
        problems.put("406", "The Accept header asks for a media type this operation does not give");
        if (has(operation, Parameter.In.PATH, null)) {
            problems.put("404", "Nothing found at this address");
        }
        // Any request can carry a body, also one an operation does not take: the size limit is the server's.
        problems.put("413", "The body is larger than the service accepts (1 MB); nothing changed");
        if (operation.getRequestBody() != null) {
            problems.put("415", "The body is not application/json; nothing changed");
        }
        if (has(operation, Parameter.In.HEADER, "If-Match")) {
            problems.put("412", "The If-Match version is not the current one: read it again; nothing changed");
            problems.put("428", "If-Match is required: send the ETag of the version you read");
        }
        problems.put("500", "Unexpected error; quote the X-Request-Id when reporting it");
        problems.put("503", "Busy: the service had no database connection free in time, or the gateway's circuit to it is"
                + " open; nothing changed. Send it again after Retry-After seconds");
        problems.forEach((status, description) -> {
            APIResponse stated = responses.getAPIResponse(status);
            if (stated == null) {
                responses.addAPIResponse(status, problem(description));
            } else if (stated.getContent() == null && stated.getRef() == null) {
                // Quarkus adds 401 and 403 without a body; the services answer them with a problem.
                stated.setContent(problem(description).getContent());
            }
        });
        responses.getAPIResponse("503").addHeader(RETRY_AFTER,
                OASFactory.createHeader().ref("#/components/headers/" + RETRY_AFTER));
    }

    /** The headers the standard problems refer to. */
    static void addHeaders(Components components) {
        components.addHeader(RETRY_AFTER, OASFactory.createHeader()
                .description("Seconds to wait before sending the request again")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).minimum(BigDecimal.ONE)
                        .example(1)));
    }

    private static boolean has(Operation operation, Parameter.In in, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == in && (name == null || name.equalsIgnoreCase(p.getName())));
    }

    private static APIResponse problem(String description) {
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
