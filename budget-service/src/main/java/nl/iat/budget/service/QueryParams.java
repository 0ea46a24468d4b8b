package nl.iat.budget.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import nl.iat.platform.problem.ProblemException;

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

    public static final String DATE_PATTERN = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    public static final String DATE_MESSAGE = "must be a date like 2018-05-01";

    static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }

    static Integer year(String value) {
        return value == null ? null : Integer.valueOf(value);
    }

    /** The pattern lets 2018-13-45 through; the calendar decides. */
    static LocalDate date(String name, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, DATE_MESSAGE);
        }
    }
}
