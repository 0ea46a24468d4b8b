package nl.iat.budget.service;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import nl.iat.platform.http.FilterPatterns;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the budget-line list; a filter left out matches everything. */
public class BudgetLineFilter {

    @QueryParam("fiscalYear")
    @Pattern(regexp = FilterPatterns.YEAR_PATTERN, message = FilterPatterns.YEAR_MESSAGE)
    @Parameter(description = "Only lines of this fiscal year", example = "2018",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
    public String fiscalYear;

    @QueryParam("priorityLineCode")
    @Parameter(description = "Only lines of this priority line", example = "EARLY_DETECTION")
    public String priorityLineCode;

    @QueryParam("ownerOrganisationId")
    @Pattern(regexp = FilterPatterns.UUID_PATTERN, message = FilterPatterns.UUID_MESSAGE)
    @Parameter(description = "Only lines owned by this organisation", example = "6f1c2a7e-2d4b-4c55-9a0e-1b2c3d4e5f60",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String ownerOrganisationId;
}
