package nl.iat.budget.service;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import nl.iat.platform.http.FilterPatterns;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the allocation list; a filter left out matches everything. */
public class AllocationFilter {

    @QueryParam("measureId")
    @Pattern(regexp = FilterPatterns.UUID_PATTERN, message = FilterPatterns.UUID_MESSAGE)
    @Parameter(description = "Only allocations to this measure (its allocations across lines)",
            example = "3f0c8a52-6d1e-4b7a-9c3f-5e2d1a0b9c8d", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String measureId;

    @QueryParam("budgetLineId")
    @Pattern(regexp = FilterPatterns.UUID_PATTERN, message = FilterPatterns.UUID_MESSAGE)
    @Parameter(description = "Only allocations on this line", example = "0b6f7c1e-8f5a-4c1b-9d3e-2a4b6c8d0e12",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String budgetLineId;

    @QueryParam("fiscalYear")
    @Pattern(regexp = FilterPatterns.YEAR_PATTERN, message = FilterPatterns.YEAR_MESSAGE)
    @Parameter(description = "Only allocations in this fiscal year", example = "2018",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
    public String fiscalYear;

    @QueryParam("priorityLineCode")
    @Parameter(description = "Only allocations on lines of this priority line", example = "EARLY_DETECTION")
    public String priorityLineCode;
}
