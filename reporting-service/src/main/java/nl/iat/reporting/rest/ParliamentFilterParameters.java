package nl.iat.reporting.rest;

import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import nl.iat.platform.http.FilterPatterns;
import nl.iat.reporting.parliament.ParliamentQueries;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the commitment and motion lists. */
public class ParliamentFilterParameters {

    @QueryParam("status")
    @Pattern(regexp = "OPEN|FULFILLED|PARTLY_FULFILLED|LAPSED|UNKNOWN", message = "must be OPEN, FULFILLED, PARTLY_FULFILLED, LAPSED or UNKNOWN")
    @Parameter(description = "Only this status (a motion's follow-up)",
            schema = @Schema(enumeration = { "OPEN", "FULFILLED", "PARTLY_FULFILLED", "LAPSED", "UNKNOWN" }))
    String status;

    @QueryParam("overdue")
    @Parameter(description = "Only those open with their due date passed on the business date (true), or the others (false)")
    Boolean overdue;

    @QueryParam("measureId")
    @Pattern(regexp = FilterPatterns.UUID_PATTERN, message = FilterPatterns.UUID_MESSAGE)
    @Parameter(description = "Only those linked to this measure")
    String measureId;

    @QueryParam("interventionAreaCode")
    @Pattern(regexp = "[A-Z_]{1,50}", message = "must be an intervention area code")
    @Parameter(description = "Only those linked to a measure of this intervention area (on the business date)",
            schema = @Schema(enumeration = { "VERWERVEN", "VOORKOMEN", "VERDEDIGEN", "VOORBEREIDEN", "VERVOLGEN" }))
    String interventionAreaCode;

    ParliamentQueries.Filter filter() {
        return new ParliamentQueries.Filter(status, overdue, measureId == null ? null : UUID.fromString(measureId),
                interventionAreaCode);
    }
}
