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
import nl.iat.measures.service.PriorityLineInput;
import nl.iat.measures.service.PriorityLineView;
import nl.iat.measures.service.ReferenceDataService;
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

/** The priority lines (speerpunten) of the extra money. */
@Path("/priority-lines")
@Tag(name = "Reference data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PriorityLineResource {

    @Inject
    ReferenceDataService referenceData;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "List priority lines", description = "The five lines along which the extra EUR 13 million is"
            + " spent, by number.")
    @APIResponse(responseCode = "200", description = "One page of priority lines",
            content = @Content(schema = @Schema(implementation = PageSchemas.PriorityLinePage.class),
                    examples = @ExampleObject(name = "lines", value = ApiExamples.PRIORITY_LINE_PAGE)))
    public Response listPriorityLines(@Valid @BeanParam PageRequest page,
            @Parameter(description = Languages.DESCRIPTION, example = "en") @HeaderParam(Languages.HEADER) String acceptLanguage) {
        Language language = Languages.of(acceptLanguage);
        Page<PriorityLineView> lines = referenceData.priorityLines(language, page);
        return Responses.labelled(language, lines);
    }

    @GET
    @Path("/{priorityLineCode}")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Read a priority line", description = "One priority line.")
    @APIResponse(responseCode = "200", description = "The priority line",
            content = @Content(schema = @Schema(implementation = PriorityLineView.class),
                    examples = @ExampleObject(name = "line", value = ApiExamples.PRIORITY_LINE)))
    public Response getPriorityLine(@Parameter(description = "Code of the priority line", example = "EARLY_DETECTION")
            @PathParam("priorityLineCode") String code,
            @Parameter(description = Languages.DESCRIPTION, example = "en") @HeaderParam(Languages.HEADER) String acceptLanguage) {
        Language language = Languages.of(acceptLanguage);
        return Responses.labelled(language, referenceData.priorityLine(code, language));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a priority line", description = "Send an Idempotency-Key to retry safely.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PriorityLineInput.class),
            examples = @ExampleObject(name = "line", value = ApiExamples.PRIORITY_LINE_INPUT)))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = PriorityLineView.class),
                    examples = @ExampleObject(name = "line", value = ApiExamples.PRIORITY_LINE)))
    @APIResponse(responseCode = "409", description = "The code or number exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "exists", value = ApiExamples.CONFLICT_EXISTS)))
    public Response addPriorityLine(@Parameter(description = "Makes a retry safe", example = "5d0f1c3a-1a2b-4c3d-8e9f-0a1b2c3d4e5f")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Parameter(description = Languages.DESCRIPTION, example = "en") @HeaderParam(Languages.HEADER) String acceptLanguage,
            @Valid @NotNull PriorityLineInput input) {
        Language language = Languages.of(acceptLanguage);
        return idempotency.execute(idempotencyKey, actor.id(), "POST /priority-lines", input, () -> {
            PriorityLineView line = referenceData.addPriorityLine(input, language);
            return Responses.created("/priority-lines/" + line.code(), line, language);
        });
    }
}
