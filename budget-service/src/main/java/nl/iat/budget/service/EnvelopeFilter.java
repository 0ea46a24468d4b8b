package nl.iat.budget.service;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import nl.iat.platform.http.FilterPatterns;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the envelope list: a range of fiscal years, both ends inclusive. */
public class EnvelopeFilter {

    @QueryParam("fiscalYearFrom")
    @Pattern(regexp = FilterPatterns.YEAR_PATTERN, message = FilterPatterns.YEAR_MESSAGE)
    @Parameter(description = "Only from this fiscal year", example = "2018",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
    public String fiscalYearFrom;

    @QueryParam("fiscalYearTo")
    @Pattern(regexp = FilterPatterns.YEAR_PATTERN, message = FilterPatterns.YEAR_MESSAGE)
    @Parameter(description = "Only up to this fiscal year", example = "2022",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
    public String fiscalYearTo;
}
