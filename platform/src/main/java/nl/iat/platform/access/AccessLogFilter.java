package nl.iat.platform.access;

import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the access log; a filter left out matches everything. */
public class AccessLogFilter {

    @QueryParam("itemId")
    @Parameter(description = "Only reads of this item", example = "3f1c8a2e-5b7d-4c9e-8f10-2a3b4c5d6e7f")
    public UUID itemId;

    @QueryParam("actor")
    @Parameter(description = "Only reads by this caller (the token's subject)", example = "analyst-7")
    public String actor;
}
