package nl.iat.reporting.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import nl.iat.platform.problem.ProblemException;

/** Reads the {@code asOf} query parameter: an RFC 3339 timestamp with a time zone. */
final class AsOfParameter {

    static final String DESCRIPTION = "Give the figures and statuses as they were at this moment (RFC 3339, with a "
            + "time zone), computed from the event history; leave out for the latest figures";

    private AsOfParameter() {
    }

    static OffsetDateTime parse(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(asOf).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("asOf", "must be an RFC 3339 timestamp with a time zone, e.g. 2019-04-30T23:59:59+02:00");
        }
    }
}
