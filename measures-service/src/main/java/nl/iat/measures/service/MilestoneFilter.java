package nl.iat.measures.service;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the milestone list across measures; a filter left out matches everything. */
public class MilestoneFilter {

    @QueryParam("measureId")
    @Parameter(description = "Only milestones of this measure", example = "3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a11")
    public String measureId;

    @QueryParam("overdue")
    @Parameter(description = "true: only open milestones past their due date; false: the others",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String overdue;

    @QueryParam("done")
    @Parameter(description = "true: only done milestones; false: only open ones", schema = @Schema(type = SchemaType.BOOLEAN))
    public String done;
}
