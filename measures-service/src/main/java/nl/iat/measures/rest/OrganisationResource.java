package nl.iat.measures.rest;

import java.util.UUID;

import jakarta.ws.rs.PUT;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.iat.platform.security.CurrentActor;
import nl.iat.measures.service.OrganisationInput;
import nl.iat.measures.service.OrganisationService;
import nl.iat.measures.service.OrganisationView;
import nl.iat.measures.service.OrganisationFilter;
import nl.iat.platform.idempotency.IdempotentRequests;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.problem.Problem;
import nl.iat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisations that lead or take part in measures. */
@Path("/organisations")
@Tag(name = "Organisations", description = "Actors: local, national and international government, civil society,"
        + " business, key figures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "List organisations", description = "By name; filter on kind and on part of the name.")
    @APIResponse(responseCode = "200", description = "One page of organisations",
            content = @Content(schema = @Schema(implementation = PageSchemas.OrganisationPage.class),
                    examples = @ExampleObject(name = "organisations", value = ApiExamples.ORGANISATION_PAGE)))
    public Page<OrganisationView> listOrganisations(@Valid @BeanParam OrganisationFilter filter, @Valid @BeanParam PageRequest page,
            @Parameter(description = "name (default) or -name", example = "name") @QueryParam("sort") String sort) {
        return organisations.list(filter, sort, page);
    }

    @GET
    @Path("/{organisationId}")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Read an organisation", description = "One organisation; the ETag is its version.")
    @APIResponse(responseCode = "200", description = "The organisation",
            content = @Content(schema = @Schema(implementation = OrganisationView.class),
                    examples = @ExampleObject(name = "organisation", value = ApiExamples.ORGANISATION)))
    public Response getOrganisation(@Parameter(description = "Id of the organisation", example = "00000000-0000-4000-8000-000000000002")
            @PathParam("organisationId") String organisationId) {
        OrganisationView organisation = organisations.get(id(organisationId));
        return Responses.ok(organisation.version(), organisation);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add an organisation", description = "Names are unique (case-insensitive)."
            + " Send an Idempotency-Key to retry safely.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrganisationInput.class),
            examples = @ExampleObject(name = "organisation", value = ApiExamples.ORGANISATION_INPUT)))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = OrganisationView.class),
                    examples = @ExampleObject(name = "organisation", value = ApiExamples.ORGANISATION)))
    @APIResponse(responseCode = "409", description = "The name is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "exists", value = ApiExamples.CONFLICT_EXISTS)))
    public Response addOrganisation(@Parameter(description = "Makes a retry safe", example = "5d0f1c3a-1a2b-4c3d-8e9f-0a1b2c3d4e5f")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull OrganisationInput input) {
        return idempotency.execute(idempotencyKey, actor.id(), "POST /organisations", input, () -> {
            OrganisationView organisation = organisations.add(input);
            return Responses.created("/organisations/" + organisation.id(), organisation.version(), organisation);
        });
    }

    @PUT
    @Path("/{organisationId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace an organisation", description = "Renames or reclassifies an organisation."
            + " Requires If-Match. A rename gives every open measure the organisation leads a new version with the new"
            + " name (and a changed event); ended measures keep the name they ended with.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrganisationInput.class),
            examples = @ExampleObject(name = "organisation", value = ApiExamples.ORGANISATION_INPUT)))
    @APIResponse(responseCode = "200", description = "Changed; the new ETag is in the header",
            content = @Content(schema = @Schema(implementation = OrganisationView.class),
                    examples = @ExampleObject(name = "organisation", value = ApiExamples.ORGANISATION)))
    @APIResponse(responseCode = "409", description = "The name is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "exists", value = ApiExamples.CONFLICT_EXISTS)))
    public Response replaceOrganisation(@Parameter(description = "Id of the organisation", example = "00000000-0000-4000-8000-000000000002")
            @PathParam("organisationId") String organisationId,
            @Parameter(description = "The ETag you read", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OrganisationInput input) {
        OrganisationView organisation = organisations.replace(id(organisationId), ifMatch, input);
        return Responses.ok(organisation.version(), organisation);
    }

    private static UUID id(String value) {
        return PathIds.uuid("organisationId", value);
    }
}
