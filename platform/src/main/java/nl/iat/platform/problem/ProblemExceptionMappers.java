package nl.iat.platform.problem;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem document: no stack traces, no HTML, and a 4xx for
 * anything the client can fix. An unexpected error is logged with its request id and answered with
 * a 500 that reveals nothing of the internals.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return ProblemResponses.of(e.toProblem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<InvalidParam> params = e.getConstraintViolations().stream()
                .map(v -> new InvalidParam(propertyName(v), v.getMessage()))
                .sorted(Comparator.comparing(InvalidParam::name))
                .collect(Collectors.toList());
        return ProblemResponses.invalid("The request is not valid", params);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e) {
        return ProblemResponses.invalid("The request body has a property this operation does not know",
                List.of(new InvalidParam(jsonPath(e), "unknown property")));
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e) {
        return ProblemResponses.invalid("The request body does not match the expected structure",
                List.of(new InvalidParam(jsonPath(e), "has the wrong type or format")));
    }

    /**
     * A value of the wrong type (a UUID that is not one, a fraction for whole cents): without this,
     * the built-in Jackson mapper, being more specific than {@link #jsonMapping}, answers plain JSON.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return jsonMapping(e);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e) {
        return ProblemResponses.of(400, "Bad Request", "The request body is not valid JSON");
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response staleVersion(RuntimeException e) {
        return ProblemResponses.of(412, "Precondition Failed",
                "The resource was changed by someone else; read it again and retry with its new ETag");
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e) {
        return Response.fromResponse(ProblemResponses.of(401, "Unauthorized",
                "A valid bearer token is required in the Authorization header"))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ProblemResponses.of(403, "Forbidden", "Your role does not allow this operation");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.errorf(e, "Request %s failed", nl.iat.platform.http.RequestIds.current());
        }
        Response problem = ProblemResponses.of(status.getStatusCode(), status.getReasonPhrase(), detail(e));
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        original.getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.type(Problem.MEDIA_TYPE).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause instanceof ProblemException p) {
                return problem(p);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return staleVersion((RuntimeException) cause);
            }
            if (isPoolExhausted(cause)) {
                return overloaded();
            }
        }
        LOG.errorf(e, "Request %s failed unexpectedly", nl.iat.platform.http.RequestIds.current());
        return ProblemResponses.of(500, "Internal Server Error",
                "An unexpected error occurred; quote the request id when reporting it");
    }

    /**
     * Every database connection stayed busy for the pool's whole acquisition timeout: the service is
     * overloaded, not broken, and nothing was done. A 503 with Retry-After tells a client to come back.
     */
    private static Response overloaded() {
        LOG.warnf("Request %s refused: no database connection came free in time", nl.iat.platform.http.RequestIds.current());
        Response problem = ProblemResponses.of(503, "Service Unavailable",
                "The service is busy; nothing was done. Retry after the number of seconds in Retry-After");
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, "1").build();
    }

    /** Agroal's SQLException when no connection came free within the acquisition timeout. */
    static boolean isPoolExhausted(Throwable cause) {
        return cause instanceof java.sql.SQLException && cause.getMessage() != null
                && cause.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }

    private static String detail(WebApplicationException e) {
        return switch (e.getResponse().getStatus()) {
            case 404 -> "No resource exists at this address";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "The requested media type cannot be produced";
            case 413 -> "The request body is too large";
            case 415 -> "The content type is not supported; send application/json";
            default -> e.getResponse().getStatusInfo().getReasonPhrase();
        };
    }

    private static String propertyName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() != jakarta.validation.ElementKind.METHOD
                    && node.getKind() != jakarta.validation.ElementKind.PARAMETER) {
                name = name == null ? node.getName() : name + "." + node.getName();
            }
        }
        if (name != null) {
            return name;
        }
        String last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            last = node.getName();
        }
        return last;
    }

    private static String jsonPath(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }
}
