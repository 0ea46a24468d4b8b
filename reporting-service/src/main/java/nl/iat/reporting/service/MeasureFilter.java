package nl.iat.reporting.service;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import nl.iat.platform.http.QueryParams;
import nl.iat.reporting.reports.MeasureCriteria;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of the measure report list; a filter left out matches everything. Yes/no filters are
 * text parsed by {@code QueryParams.bool}: a {@code Boolean} would take "yes" for false without a word.
 */
public class MeasureFilter {

    private static final String CODE = "[A-Z_]{1,50}";

    @QueryParam("status")
    @Pattern(regexp = CODE)
    @Parameter(description = "Only measures with this status", schema = @Schema(enumeration = { "PROPOSED",
            "APPROVED", "IN_PROGRESS", "COMPLETED", "CANCELLED" }))
    public String status;

    @QueryParam("interventionAreaCode")
    @Pattern(regexp = CODE)
    @Parameter(description = "Only this intervention area", example = "VERWERVEN")
    public String interventionAreaCode;

    @QueryParam("priorityLineCode")
    @Pattern(regexp = CODE)
    @Parameter(description = "Only this priority line", example = "EARLY_DETECTION")
    public String priorityLineCode;

    @QueryParam("approach")
    @Pattern(regexp = CODE)
    @Parameter(description = "Only this approach", schema = @Schema(enumeration = { "PREVENTIVE", "REPRESSIVE", "CURATIVE" }))
    public String approach;

    @QueryParam("nature")
    @Pattern(regexp = CODE)
    @Parameter(description = "Only this nature", schema = @Schema(enumeration = { "CONTINUATION", "INTENSIFICATION" }))
    public String nature;

    @QueryParam("leadOrganisationId")
    @Pattern(regexp = "[A-Za-z0-9-]{1,64}")
    @Parameter(description = "Only measures led by this organisation", example = "7d7f1f0e-2b55-4f0c-8d1e-2a1f4b3c5d6e")
    public String leadOrganisationId;

    @QueryParam("impactLevel")
    @Pattern(regexp = CODE)
    @Parameter(description = "Only this fundamental-rights impact level", schema = @Schema(enumeration = { "NONE",
            "LOW", "MEDIUM", "HIGH" }))
    public String impactLevel;

    @QueryParam("assessmentComplete")
    @Parameter(description = "Only measures whose assessment is (true) or is not (false) complete", example = "false",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String assessmentComplete;

    @QueryParam("reviewDateBefore")
    @Parameter(description = "Only measures whose assessment's review date is before this date", example = "2019-04-30",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String reviewDateBefore;

    @QueryParam("open")
    @Parameter(description = "Only open (proposed, approved, in progress: true) or closed (false) measures", example = "true",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String open;

    MeasureCriteria criteria() {
        return new MeasureCriteria(status, interventionAreaCode, priorityLineCode, approach, nature, leadOrganisationId,
                impactLevel, QueryParams.bool("assessmentComplete", assessmentComplete),
                QueryParams.date("reviewDateBefore", reviewDateBefore), QueryParams.bool("open", open));
    }
}
