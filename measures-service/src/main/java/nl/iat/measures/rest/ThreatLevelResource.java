package nl.iat.measures.rest;


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
import nl.iat.measures.reference.Language;
import nl.iat.measures.service.ThreatLevelInput;
import nl.iat.measures.service.ThreatLevelService;
import nl.iat.measures.service.ThreatLevelView;
import nl.iat.measures.service.ThreatLevelFilter;
import nl.iat.platform.idempotency.IdempotentRequests;
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

/** Threat levels per edition of the Dreigingsbeeld Terrorisme Nederland (DTN). */
@Path("/threat-levels")
@Tag(name = "Reference data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ThreatLevelResource {

    @Inject
    ThreatLevelService threatLevels;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "List threat levels", description = "The level each DTN edition set, newest first"
            + " (sort=publishedOn for oldest first); filter on one level with level.")
    @APIResponse(responseCode = "200", description = "One page of threat levels",
            content = @Content(schema = @Schema(implementation = PageSchemas.ThreatLevelPage.class),
                    examples = @ExampleObject(name = "levels", value = ApiExamples.THREAT_LEVEL_PAGE)))
    public Response listThreatLevels(@Valid @BeanParam ThreatLevelFilter filter, @Valid @BeanParam PageRequest page,
            @Parameter(description = "-publishedOn (default) or publishedOn", example = "-publishedOn") @QueryParam("sort") String sort,
            @Parameter(description = Languages.DESCRIPTION, example = "en") @HeaderParam(Languages.HEADER) String acceptLanguage) {
        Language language = Languages.of(acceptLanguage);
        return Responses.labelled(language, threatLevels.list(filter, sort, language, page));
    }

    @GET
    @Path("/current")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Read the current threat level", description = "The level of the latest DTN edition published"
            + " on or before today (UTC).")
    @APIResponse(responseCode = "200", description = "The current threat level",
            content = @Content(schema = @Schema(implementation = ThreatLevelView.class),
                    examples = @ExampleObject(name = "current", value = ApiExamples.THREAT_LEVEL)))
    @APIResponse(responseCode = "404", description = "No threat level published yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getCurrentThreatLevel(@Parameter(description = Languages.DESCRIPTION, example = "en")
            @HeaderParam(Languages.HEADER) String acceptLanguage) {
        Language language = Languages.of(acceptLanguage);
        return Responses.labelled(language, threatLevels.current(language));
    }

    @GET
    @Path("/{threatLevelId}")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Read a threat level", description = "The level one DTN edition set.")
    @APIResponse(responseCode = "200", description = "The threat level",
            content = @Content(schema = @Schema(implementation = ThreatLevelView.class),
                    examples = @ExampleObject(name = "level", value = ApiExamples.THREAT_LEVEL)))
    public Response getThreatLevel(@Parameter(description = "Id of the threat level", example = "00000000-0000-4000-8000-000000000461")
            @PathParam("threatLevelId") String threatLevelId,
            @Parameter(description = Languages.DESCRIPTION, example = "en") @HeaderParam(Languages.HEADER) String acceptLanguage) {
        Language language = Languages.of(acceptLanguage);
        return Responses.labelled(language, threatLevels.get(PathIds.uuid("threatLevelId", threatLevelId), language));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record a threat level", description = "Records the level a new DTN edition set."
            + " Send an Idempotency-Key to retry safely.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ThreatLevelInput.class),
            examples = @ExampleObject(name = "dtn47", value = ApiExamples.THREAT_LEVEL_INPUT)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ThreatLevelView.class),
                    examples = @ExampleObject(name = "level", value = ApiExamples.THREAT_LEVEL)))
    @APIResponse(responseCode = "409", description = "The edition already has a level",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "exists", value = ApiExamples.CONFLICT_EXISTS)))
    public Response recordThreatLevel(@Parameter(description = "Makes a retry safe", example = "5d0f1c3a-1a2b-4c3d-8e9f-0a1b2c3d4e5f")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Parameter(description = Languages.DESCRIPTION, example = "en") @HeaderParam(Languages.HEADER) String acceptLanguage,
            @Valid @NotNull ThreatLevelInput input) {
        Language language = Languages.of(acceptLanguage);
        return idempotency.execute(idempotencyKey, actor.id(), "POST /threat-levels", input, () -> {
            ThreatLevelView level = threatLevels.add(input, language);
            return Responses.created("/threat-levels/" + level.id(), level, language);
        });
    }
}
