package nl.iat.reporting.service;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filter of the rebuild list; left out, it matches every rebuild. */
public class RebuildFilter {

    @QueryParam("status")
    @Pattern(regexp = "RUNNING|COMPLETED|FAILED", message = "must be RUNNING, COMPLETED or FAILED")
    @Parameter(description = "Only rebuilds with this status", schema = @Schema(enumeration = { "RUNNING", "COMPLETED", "FAILED" }))
    public String status;
}
