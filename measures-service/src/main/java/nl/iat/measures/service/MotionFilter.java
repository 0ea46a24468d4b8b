package nl.iat.measures.service;

import jakarta.ws.rs.QueryParam;

import nl.iat.measures.parliament.FulfilmentStatus;
import nl.iat.measures.parliament.MotionDecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the motion list; a filter left out matches everything. */
public class MotionFilter {

    @QueryParam("decision")
    @Parameter(description = "The Kamer's decision", schema = @Schema(implementation = MotionDecision.class))
    public String decision;

    @QueryParam("followUpStatus")
    @Parameter(description = "The cabinet's follow-up", schema = @Schema(implementation = FulfilmentStatus.class))
    public String followUpStatus;

    @QueryParam("measureId")
    @Parameter(description = "Id of a linked measure", example = "3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a11")
    public String measureId;
}
