package nl.iat.reporting.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import nl.iat.platform.problem.ProblemException;

/** Reads a date query parameter (YYYY-MM-DD) with a problem that names it when it is not one. */
final class DateParameter {

    private DateParameter() {
    }

    static LocalDate parse(String name, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date, YYYY-MM-DD");
        }
    }
}
