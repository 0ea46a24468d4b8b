package nl.iat.platform.http;

/**
 * Query filters arrive as text checked by {@code @Pattern}: JAX-RS would answer a malformed
 * UUID or number in a query parameter with 404, where the client deserves a 400 naming it. The
 * services then parse the checked text with {@link QueryParams}. Shared by every service's filters.
 */
public final class FilterPatterns {

    public static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    public static final String UUID_MESSAGE = "must be a UUID";
    public static final String YEAR_PATTERN = "(20\\d\\d|2100)";
    public static final String YEAR_MESSAGE = "must be a year from 2000 to 2100";
    public static final String DATE_PATTERN = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    public static final String DATE_MESSAGE = "must be a date like 2018-05-01";

    private FilterPatterns() {
    }
}
