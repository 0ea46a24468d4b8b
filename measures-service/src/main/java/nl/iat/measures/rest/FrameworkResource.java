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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.iat.platform.security.CurrentActor;
import nl.iat.measures.reference.Language;
import nl.iat.measures.service.FrameworkInput;
import nl.iat.measures.service.FrameworkView;
import nl.iat.measures.service.ReferenceDataService;
import nl.iat.measures.service.InterventionAreaFilter;
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

/** Frameworks (strategies) and their intervention areas: reference data, labelled per Accept-Language. */
@Path("/")
@Tag(name = "Reference data", description = "Frameworks, intervention areas, priority lines and threat levels;"
        + " names and descriptions in Dutch or English per Accept-Language")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FrameworkResource {

    @Inject
    ReferenceDataService referenceData;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    CurrentActor actor;

    @GET
    @Path("frameworks")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "List frameworks", description = "The counter-terrorism strategies with their intervention"
            + " areas, oldest first. NCTS-2016-2020 has the five areas (the '5 V's').")
    @APIResponse(responseCode = "200", description = "One page of frameworks",
            content = @Content(schema = @Schema(implementation = PageSchemas.FrameworkPage.class),
                    examples = @ExampleObject(name = "frameworks", value = ApiExamples.FRAMEWORK_PAGE)))
    public Response listFrameworks(@Valid @BeanParam PageRequest page,
            @Parameter(description = Languages.DESCRIPTION, example = "en") @HeaderParam(Languages.HEADER) String acceptLanguage) {
        Language language = Languages.of(acceptLanguage);
        Page<FrameworkView> frameworks = referenceData.frameworks(language, page);
        return Responses.labelled(language, frameworks);
    }

    @GET
    @Path("frameworks/{frameworkCode}")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Read a framework", description = "One framework with its intervention areas.")
    @APIResponse(responseCode = "200", description = "The framework",
            content = @Content(schema = @Schema(implementation = FrameworkView.class),
                    examples = @ExampleObject(name = "framework", value = ApiExamples.FRAMEWORK)))
    public Response getFramework(@Parameter(description = "Code of the framework", example = "NCTS-2016-2020")
            @PathParam("frameworkCode") String frameworkCode,
            @Parameter(description = Languages.DESCRIPTION, example = "en") @HeaderParam(Languages.HEADER) String acceptLanguage) {
        Language language = Languages.of(acceptLanguage);
        return Responses.labelled(language, referenceData.framework(frameworkCode, language));
    }

    @POST
    @Path("frameworks")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a framework", description = "Adds a strategy with its intervention areas (for example the"
            + " 2022 strategy with four goals), without any code change. Send an Idempotency-Key to retry safely.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FrameworkInput.class),
            examples = @ExampleObject(name = "framework", value = ApiExamples.FRAMEWORK_INPUT)))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = FrameworkView.class),
                    examples = @ExampleObject(name = "framework", value = ApiExamples.FRAMEWORK)))
    @APIResponse(responseCode = "409", description = "The code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "exists", value = ApiExamples.CONFLICT_EXISTS)))
    public Response addFramework(
            @Parameter(description = "Makes a retry safe", example = "5d0f1c3a-1a2b-4c3d-8e9f-0a1b2c3d4e5f")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Parameter(description = Languages.DESCRIPTION, example = "en") @HeaderParam(Languages.HEADER) String acceptLanguage,
            @Valid @NotNull FrameworkInput input) {
        Language language = Languages.of(acceptLanguage);
        return idempotency.execute(idempotencyKey, actor.id(), "POST /frameworks", input, () -> {
            FrameworkView framework = referenceData.addFramework(input, language);
            return Responses.created("/frameworks/" + framework.code(), framework, language);
        });
    }

    @GET
    @Path("intervention-areas")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "List intervention areas", description = "The intervention areas by framework and number;"
            + " filter on one framework with frameworkCode.")
    @APIResponse(responseCode = "200", description = "One page of intervention areas",
            content = @Content(schema = @Schema(implementation = PageSchemas.InterventionAreaPage.class),
                    examples = @ExampleObject(name = "areas", value = ApiExamples.AREA_PAGE)))
    public Response listInterventionAreas(@Valid @BeanParam InterventionAreaFilter filter, @Valid @BeanParam PageRequest page,
            @Parameter(description = Languages.DESCRIPTION, example = "en") @HeaderParam(Languages.HEADER) String acceptLanguage) {
        Language language = Languages.of(acceptLanguage);
        return Responses.labelled(language, referenceData.interventionAreas(filter, language, page));
    }
}
