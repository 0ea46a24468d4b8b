package nl.iat.budget.service;

import java.util.UUID;

/**
 * Query filters arrive as text checked by {@code @Pattern}: JAX-RS would answer a malformed
 * UUID or number in a query parameter with 404, where the client deserves a 400 naming it.
 */
public final class QueryParams {

    public static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    public static final String YEAR_PATTERN = "(20\\d\\d|2100)";
    public static final String UUID_MESSAGE = "must be a UUID";
    public static final String YEAR_MESSAGE = "must be a year from 2000 to 2100";

    private QueryParams() {
    }

    static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }

    static Integer year(String value) {
        return value == null ? null : Integer.valueOf(value);
    }
}
