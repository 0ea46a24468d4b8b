package nl.iat.measures.service;

import jakarta.ws.rs.QueryParam;

import nl.iat.measures.parliament.FulfilmentStatus;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of the commitment list; a filter left out matches everything. {@code overdue}: true for
 * the OPEN ones whose due date has passed, false for the rest.
 */
public class CommitmentFilter {

    @QueryParam("status")
    @Parameter(description = "Status", schema = @Schema(implementation = FulfilmentStatus.class))
    public String status;

    @QueryParam("overdue")
    @Parameter(description = "true: only OPEN commitments past their due date; false: only the others",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String overdue;

    @QueryParam("measureId")
    @Parameter(description = "Id of a linked measure", example = "3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a11")
    public String measureId;
}
