package nl.iat.measures.service;

import jakarta.ws.rs.QueryParam;

import nl.iat.measures.measure.Approach;
import nl.iat.measures.measure.ImpactLevel;
import nl.iat.measures.measure.MeasureCriteria;
import nl.iat.measures.measure.MeasureStatus;
import nl.iat.measures.measure.Nature;
import nl.iat.platform.http.QueryParams;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of the measure list; a filter left out matches everything. The values are checked as
 * they are parsed ({@code QueryParams}), not by {@code @Pattern}: a pattern would change the released
 * contract's parameter schemas (OpenApiCompatibilityTest), and the 400 names the parameter either way.
 */
public class MeasureFilter {

    @QueryParam("frameworkCode")
    @Parameter(description = "Framework code", example = "NCTS-2016-2020")
    public String frameworkCode;

    @QueryParam("interventionAreaCode")
    @Parameter(description = "Intervention area code", example = "VERWERVEN")
    public String interventionAreaCode;

    @QueryParam("priorityLineCode")
    @Parameter(description = "Priority line code", example = "EARLY_DETECTION")
    public String priorityLineCode;

    @QueryParam("approach")
    @Parameter(description = "Approach", schema = @Schema(implementation = Approach.class))
    public String approach;

    @QueryParam("nature")
    @Parameter(description = "Nature", schema = @Schema(implementation = Nature.class))
    public String nature;

    @QueryParam("status")
    @Parameter(description = "Status", schema = @Schema(implementation = MeasureStatus.class))
    public String status;

    @QueryParam("organisationId")
    @Parameter(description = "Id of an organisation that leads or takes part", example = "00000000-0000-4000-8000-000000000002")
    public String organisationId;

    @QueryParam("impactLevel")
    @Parameter(description = "Impact level of the current assessment", schema = @Schema(implementation = ImpactLevel.class))
    public String impactLevel;

    @QueryParam("text")
    @Parameter(description = "Part of the code or title, case-insensitive", example = "AIVD")
    public String text;

    @QueryParam("reviewDueBefore")
    @Parameter(description = "Assessment review date before this date", example = "2020-01-01",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String reviewDueBefore;

    @QueryParam("reviewOverdue")
    @Parameter(description = "true: only measures whose review date has passed", schema = @Schema(type = SchemaType.BOOLEAN))
    public String reviewOverdue;

    @QueryParam("overdueMilestones")
    @Parameter(description = "true: only measures with an overdue milestone; false: only without",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String overdueMilestones;

    /** The typed criteria; a value that does not parse is a 400 naming its parameter. */
    MeasureCriteria criteria() {
        return new MeasureCriteria(QueryParams.text("frameworkCode", frameworkCode, 60),
                QueryParams.text("interventionAreaCode", interventionAreaCode, 60),
                QueryParams.text("priorityLineCode", priorityLineCode, 60),
                QueryParams.enumValue("approach", approach, Approach.class),
                QueryParams.enumValue("nature", nature, Nature.class),
                QueryParams.enumValue("status", status, MeasureStatus.class),
                QueryParams.uuid("organisationId", organisationId),
                QueryParams.enumValue("impactLevel", impactLevel, ImpactLevel.class),
                QueryParams.text("text", text, 100),
                QueryParams.date("reviewDueBefore", reviewDueBefore),
                QueryParams.bool("reviewOverdue", reviewOverdue),
                QueryParams.bool("overdueMilestones", overdueMilestones));
    }
}
