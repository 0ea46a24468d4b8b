package nl.iat.budget.service;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import nl.iat.platform.http.FilterPatterns;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the commitment and expenditure lists: a date range, both ends inclusive. */
public class SpendingFilter {

    @QueryParam("dateFrom")
    @Pattern(regexp = FilterPatterns.DATE_PATTERN, message = FilterPatterns.DATE_MESSAGE)
    @Parameter(description = "Only from this date", example = "2018-01-01",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String dateFrom;

    @QueryParam("dateTo")
    @Pattern(regexp = FilterPatterns.DATE_PATTERN, message = FilterPatterns.DATE_MESSAGE)
    @Parameter(description = "Only up to this date", example = "2018-12-31",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String dateTo;
}
