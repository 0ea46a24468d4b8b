package nl.iat.platform.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Each operation's organisation rule beyond its roles (ADR 0015), stated in the document as
 * {@code x-organisation-scope} so the end-to-end matrix is generated from the documents. A resource
 * method states it with {@code @Extension(name = OrganisationScopes.EXTENSION, value =
 * OrganisationScopes.LEAD)} (the OpenAPI filter sees the document only, not the resource methods);
 * the use case enforces it with {@code OrganisationScope}. An operation that states none is checked
 * by role only and gets {@value #NONE}; a value not listed here stops the build.
 */
public final class OrganisationScopes {

    public static final String EXTENSION = "x-organisation-scope";
    /** A measure-editor writes only measures its organisation leads, and registers only those. */
    public static final String LEAD = "lead";
    /** A budget-controller writes only on lines its organisation owns, and creates only those. */
    public static final String OWNER = "owner";
    /** Only admin or a caller of a coordinating organisation (the NCTV) writes. */
    public static final String COORDINATING = "coordinating";
    public static final String NONE = "none";

    private static final Map<String, String> RULES = Map.of(
            LEAD, "a measure-editor writes only measures its own organisation leads",
            OWNER, "a budget-controller writes only on budget lines its own organisation owns",
            COORDINATING, "only admin or a caller of a coordinating organisation (the NCTV) writes");

    private OrganisationScopes() {
    }

    static void state(Operation operation) {
        Object scope = operation.getExtensions() == null ? null : operation.getExtensions().get(EXTENSION);
        if (scope == null || NONE.equals(scope)) {
            operation.addExtension(EXTENSION, NONE);
            return;
        }
        String rule = RULES.get(scope.toString());
        if (rule == null) {
            throw new IllegalStateException("Operation " + operation.getOperationId() + " states " + EXTENSION + " '" + scope
                    + "', not one of " + RULES.keySet() + " or " + NONE);
        }
        String sentence = "Organisation: " + rule + " (ADR 0015).";
        String description = operation.getDescription();
        if (description == null || !description.contains(sentence)) {
            operation.setDescription(description == null || description.isBlank() ? sentence : description + "\n\n" + sentence);
        }
    }
}
