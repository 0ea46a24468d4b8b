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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.iat.platform.openapi.OrganisationScopes;
import nl.iat.platform.security.CurrentActor;
import nl.iat.measures.service.MotionFilter;
import nl.iat.measures.service.MotionInput;
import nl.iat.measures.service.MotionService;
import nl.iat.measures.service.MotionView;
import nl.iat.measures.service.ParliamentHistoryEntryView;
import nl.iat.platform.idempotency.IdempotentRequests;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.problem.Problem;
import nl.iat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/motions")
@Tag(name = "Motions", description = "Motions (moties) of the Tweede Kamer and the cabinet's follow-up, linked to the measures that answer them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MotionResource {

    @Inject
    MotionService motions;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "List motions", description = "Pages through the motions by number, narrowed by any combination"
            + " of filters: the Kamer's decision, the cabinet's follow-up, a linked measure.")
    @APIResponse(responseCode = "200", description = "One page of motions",
            content = @Content(schema = @Schema(implementation = PageSchemas.MotionPage.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.MOTION_PAGE)))
    public Page<MotionView> listMotions(@Valid @BeanParam MotionFilter filter, @Valid @BeanParam PageRequest page) {
        return motions.list(filter, page);
    }

    @POST
    @RolesAllowed({ Roles.MEASURE_EDITOR, Roles.ADMIN })
    @Operation(summary = "Enter a motion", description = "Enters a motion and its follow-up by hand, version 1, and"
            + " publishes `nl.iat.parliament.motions.set.v1` on `iat.parliament.events`. `effectiveOn` is today when left"
            + " out, never in the future. Motions of the Tweede Kamer's portal come in by `POST /parliament-imports`."
            + " Send an `Idempotency-Key` to retry safely.",
            extensions = @Extension(name = OrganisationScopes.EXTENSION, value = OrganisationScopes.COORDINATING))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MotionInput.class),
            examples = @ExampleObject(name = "motion", value = ApiExamples.MOTION_INPUT)))
    @APIResponse(responseCode = "201", description = "Entered; Location and ETag of the new motion",
            content = @Content(schema = @Schema(implementation = MotionView.class),
                    examples = @ExampleObject(name = "motion", value = ApiExamples.MOTION)))
    @APIResponse(responseCode = "409", description = "The number is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A linked measure does not exist, the follow-up status is UNKNOWN,"
            + " `effectiveOn` is in the future, or the Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknownMeasure", value = ApiExamples.UNPROCESSABLE_MEASURE_LINK)))
    @APIResponse(responseCode = "403", description = ApiExamples.FORBIDDEN_PARLIAMENT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notCoordinating", value = ApiExamples.NOT_COORDINATING)))
    public Response createMotion(
            @Parameter(description = "Makes a retry safe: the same key returns the first response",
                    example = "3b4f0d8e-2f0a-4c3e-9d62-1f5f1d0c8e77") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull MotionInput input) {
        return idempotency.execute(idempotencyKey, actor.id(), "POST /motions", input, () -> {
            MotionView motion = motions.create(input);
            return Responses.created("/motions/" + motion.id(), motion.version(), motion);
        });
    }

    @GET
    @Path("/{motionId}")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Read a motion", description = "The motion and its follow-up; the ETag header is what an update"
            + " sends back in If-Match.")
    @APIResponse(responseCode = "200", description = "The motion",
            content = @Content(schema = @Schema(implementation = MotionView.class),
                    examples = @ExampleObject(name = "motion", value = ApiExamples.MOTION)))
    public Response getMotion(@Parameter(description = "Id of the motion") @PathParam("motionId") String motionId) {
        MotionView motion = motions.get(PathIds.uuid("motionId", motionId));
        return Responses.ok(motion.version(), motion);
    }

    @PUT
    @Path("/{motionId}")
    @RolesAllowed({ Roles.MEASURE_EDITOR, Roles.ADMIN })
    @Operation(summary = "Replace a motion", description = "Replaces the motion and its follow-up (status, the letter"
            + " that reports on it, its links to measures) and publishes `nl.iat.parliament.motions.set.v1`. The change"
            + " takes effect on `effectiveOn`, today when left out: not in the future and not before the motion's current"
            + " `effectiveOn`. A later import overwrites the portal's fields of an imported motion, never its follow-up,"
            + " links or illustrative flag. Requires If-Match with the ETag you read.",
            extensions = @Extension(name = OrganisationScopes.EXTENSION, value = OrganisationScopes.COORDINATING))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MotionInput.class),
            examples = @ExampleObject(name = "motion", value = ApiExamples.MOTION_INPUT)))
    @APIResponse(responseCode = "200", description = "Changed; the new ETag is in the header",
            content = @Content(schema = @Schema(implementation = MotionView.class),
                    examples = @ExampleObject(name = "motion", value = ApiExamples.MOTION)))
    @APIResponse(responseCode = "409", description = "The new number is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A linked measure does not exist, the follow-up status became UNKNOWN,"
            + " or `effectiveOn` is in the future or before the motion's current `effectiveOn`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknownMeasure", value = ApiExamples.UNPROCESSABLE_MEASURE_LINK)))
    @APIResponse(responseCode = "403", description = ApiExamples.FORBIDDEN_PARLIAMENT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notCoordinating", value = ApiExamples.NOT_COORDINATING)))
    public Response updateMotion(@Parameter(description = "Id of the motion") @PathParam("motionId") String motionId,
            @Parameter(description = "The ETag of the version you read", required = true, example = "\"1\"")
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MotionInput input) {
        MotionView motion = motions.update(PathIds.uuid("motionId", motionId), ifMatch, input);
        return Responses.ok(motion.version(), motion);
    }

    @GET
    @Path("/{motionId}/history")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Read a motion's history", description = "Every version of the motion, oldest first:"
            + " who, when, from which business date, whether by hand or by an import, and which fields changed.")
    @APIResponse(responseCode = "200", description = "One page of history",
            content = @Content(schema = @Schema(implementation = PageSchemas.ParliamentHistoryPage.class),
                    examples = @ExampleObject(name = "history", value = ApiExamples.PARLIAMENT_HISTORY_PAGE)))
    public Page<ParliamentHistoryEntryView> listMotionHistory(@Parameter(description = "Id of the motion")
            @PathParam("motionId") String motionId, @Valid @BeanParam PageRequest page) {
        return motions.history(PathIds.uuid("motionId", motionId), page);
    }
}
