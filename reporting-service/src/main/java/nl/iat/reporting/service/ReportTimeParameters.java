package nl.iat.reporting.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.QueryParam;

import nl.iat.platform.problem.ProblemException;
import nl.iat.platform.security.Clearance;
import nl.iat.reporting.reports.ReportTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The two time axes of every report, as query parameters: {@code asOf} (business time) and {@code knownAt}. */
public class ReportTimeParameters {

    @QueryParam("asOf")
    @Parameter(description = """
            Business time: the state of affairs at this moment (RFC 3339, with a time zone), counting every fact
            that took effect on or before its date in Europe/Amsterdam (facts have a date, not a time). A date
            alone (YYYY-MM-DD, the peildatum) is accepted too. Leave out for today.""",
            example = "2019-06-30T23:59:59+02:00", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String asOf;

    @QueryParam("knownAt")
    @Parameter(description = """
            Recording time: the figures as the suite knew them at this moment (RFC 3339, with a time zone),
            leaving out what was recorded later, such as a late correction. Leave out for now.""",
            example = "2019-07-15T12:00:00+02:00", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String knownAt;

    /** The report's time, taken for the caller's clearance. */
    public ReportTime time(Clearance clearance) {
        return new ReportTime(asOf(asOf), knownAt(knownAt), clearance.level());
    }

    static LocalDate asOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value)
                    : OffsetDateTime.parse(value).atZoneSameInstant(ReportTime.AMSTERDAM).toLocalDate();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("asOf", "must be a date (YYYY-MM-DD) or an RFC 3339 timestamp with a time zone");
        }
    }

    static OffsetDateTime knownAt(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("knownAt", "must be an RFC 3339 timestamp with a time zone, e.g. 2019-07-15T12:00:00+02:00");
        }
    }
}
