package nl.iat.measures.service;

import jakarta.ws.rs.QueryParam;

import nl.iat.measures.organisation.OrganisationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the organisation list; a filter left out matches everything. */
public class OrganisationFilter {

    @QueryParam("kind")
    @Parameter(description = "Kind of actor", schema = @Schema(implementation = OrganisationKind.class))
    public String kind;

    @QueryParam("name")
    @Parameter(description = "Part of the name, case-insensitive", example = "gemeente")
    public String name;
}
