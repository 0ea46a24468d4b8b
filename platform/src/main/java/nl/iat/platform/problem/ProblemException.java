package nl.iat.platform.problem;

import java.util.List;

/**
 * Thrown by use cases to answer with a problem document. The status says what kind of failure
 * it is; the detail tells the client what to change.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<InvalidParam> invalidParams;
    private final List<String> allowed;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, List.of(), List.of());
    }

    public ProblemException(int status, String title, String detail, List<InvalidParam> invalidParams,
            List<String> allowed) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.invalidParams = List.copyOf(invalidParams);
        this.allowed = List.copyOf(allowed);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "Not Found", what + " " + id + " does not exist");
    }

    /** The caller may not do this to this record or set this field (ADR 0015); the params name refused fields. */
    public static ProblemException forbidden(String detail, List<InvalidParam> invalidParams) {
        return new ProblemException(403, "Forbidden", detail, invalidParams, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    public static ProblemException invalid(String name, String reason) {
        return new ProblemException(400, "Bad Request", "The request is not valid",
                List.of(new InvalidParam(name, reason)), List.of());
    }

    public static ProblemException unprocessable(String detail, List<InvalidParam> invalidParams) {
        return new ProblemException(422, "Unprocessable Content", detail, invalidParams, List.of());
    }

    public Problem toProblem() {
        return new Problem(null, title, status, getMessage(), null, null, null, invalidParams, allowed);
    }

    public int status() {
        return status;
    }
}
