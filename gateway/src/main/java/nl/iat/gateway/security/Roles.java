package nl.iat.gateway.security;

import java.util.Set;

/**
 * The roles of DESIGN section 5, carried in the token's {@code groups} claim. Same names as the
 * services' {@code nl.iat.platform.security.Roles}.
 */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String MEASURE_EDITOR = "measure-editor";
    public static final String BUDGET_CONTROLLER = "budget-controller";
    public static final String ADMIN = "admin";

    /** Every role may read. */
    public static final Set<String> ALL = Set.of(VIEWER, MEASURE_EDITOR, BUDGET_CONTROLLER, ADMIN);

    private Roles() {
    }
}
