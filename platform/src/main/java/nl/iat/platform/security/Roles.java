package nl.iat.platform.security;

/** The roles of DESIGN section 5, carried in the {@code groups} claim of the bearer token. */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String MEASURE_EDITOR = "measure-editor";
    public static final String BUDGET_CONTROLLER = "budget-controller";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
