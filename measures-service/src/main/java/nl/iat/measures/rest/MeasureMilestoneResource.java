package nl.iat.measures.rest;

import java.util.UUID;

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

import nl.iat.platform.security.CurrentActor;
import nl.iat.measures.service.MilestoneInput;
import nl.iat.measures.service.MilestoneService;
import nl.iat.measures.service.MilestoneView;
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

/**
 * The milestones of one measure. A milestone is part of its measure: its ETag is the measure's,
 * and every change publishes {@code nl.iat.measures.changed.v1} (ADR 0101).
 */
@Path("/measures/{measureId}/milestones")
@Tag(name = "Milestones", description = "Dated steps of a measure; overdue ones are flagged")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeasureMilestoneResource {

    @Inject
    MilestoneService milestones;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "List a measure's milestones", description = "The milestones of one measure by due date;"
            + " `overdue` is true for an open milestone past its due date." + ApiExamples.HIDDEN_MEASURE)
    @APIResponse(responseCode = "200", description = "One page of milestones",
            content = @Content(schema = @Schema(implementation = PageSchemas.MilestonePage.class),
                    examples = @ExampleObject(name = "milestones", value = ApiExamples.MILESTONE_PAGE)))
    public Page<MilestoneView> listMeasureMilestones(@Parameter(description = "Id of the measure")
            @PathParam("measureId") String measureId, @Valid @BeanParam PageRequest page) {
        return milestones.listOfMeasure(MeasureResource.id(measureId), page);
    }

    @POST
    @RolesAllowed({ Roles.MEASURE_EDITOR, Roles.ADMIN })
    @Operation(summary = "Add a milestone", description = "Adds a milestone to an open measure. The measure gets a new"
            + " version (returned as ETag) and `nl.iat.measures.changed.v1` is published. Send an `Idempotency-Key`"
            + " to retry safely." + ApiExamples.HIDDEN_MEASURE)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MilestoneInput.class),
            examples = @ExampleObject(name = "milestone", value = ApiExamples.MILESTONE_INPUT)))
    @APIResponse(responseCode = "201", description = "Added; ETag is the measure's new version",
            content = @Content(schema = @Schema(implementation = MilestoneView.class),
                    examples = @ExampleObject(name = "milestone", value = ApiExamples.MILESTONE)))
    @APIResponse(responseCode = "400", description = "The body is not valid (doneOn may not lie in the future)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.BAD_REQUEST)))
    @APIResponse(responseCode = "409", description = "The measure has ended",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "ended", value = ApiExamples.CONFLICT_ENDED)))
    @APIResponse(responseCode = "403", description = ApiExamples.FORBIDDEN_MEASURE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "otherOrganisation", value = ApiExamples.OTHER_ORGANISATION)))
    public Response addMilestone(@Parameter(description = "Id of the measure")
            @PathParam("measureId") String measureId,
            @Parameter(description = "Makes a retry safe: the same key returns the first response",
                    example = "9c1d7e1a-3f43-4b8e-a7a4-0e6c1c2b5d10") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull MilestoneInput input) {
        UUID id = MeasureResource.id(measureId);
        return idempotency.execute(idempotencyKey, actor.id(), "POST /measures/" + id + "/milestones", input, () -> {
            MilestoneService.Written written = milestones.add(id, input);
            return Responses.created("/measures/" + id + "/milestones/" + written.milestone().id(),
                    written.measureVersion(), written.milestone());
        });
    }

    @GET
    @Path("/{milestoneId}")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Read a milestone", description = "One milestone; the ETag is its measure's version." + ApiExamples.HIDDEN_MEASURE)
    @APIResponse(responseCode = "200", description = "The milestone",
            content = @Content(schema = @Schema(implementation = MilestoneView.class),
                    examples = @ExampleObject(name = "milestone", value = ApiExamples.MILESTONE)))
    public Response getMilestone(@Parameter(description = "Id of the measure")
            @PathParam("measureId") String measureId,
            @Parameter(description = "Id of the milestone")
            @PathParam("milestoneId") String milestoneId) {
        MilestoneService.Written found = milestones.get(MeasureResource.id(measureId), PathIds.uuid("milestoneId", milestoneId));
        return Responses.ok(found.measureVersion(), found.milestone());
    }

    @PUT
    @Path("/{milestoneId}")
    @RolesAllowed({ Roles.MEASURE_EDITOR, Roles.ADMIN })
    @Operation(summary = "Replace a milestone, or mark it done", description = "Replaces title and due date; set"
            + " `doneOn` to mark the milestone done (or null to reopen it). Requires If-Match with the measure's ETag;"
            + " publishes `nl.iat.measures.changed.v1`." + ApiExamples.HIDDEN_MEASURE)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MilestoneInput.class),
            examples = @ExampleObject(name = "markDone", value = ApiExamples.MILESTONE_INPUT)))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the measure's new version",
            content = @Content(schema = @Schema(implementation = MilestoneView.class),
                    examples = @ExampleObject(name = "milestone", value = ApiExamples.MILESTONE)))
    @APIResponse(responseCode = "409", description = "The measure has ended",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "ended", value = ApiExamples.CONFLICT_ENDED)))
    @APIResponse(responseCode = "403", description = ApiExamples.FORBIDDEN_MEASURE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "otherOrganisation", value = ApiExamples.OTHER_ORGANISATION)))
    public Response updateMilestone(@Parameter(description = "Id of the measure")
            @PathParam("measureId") String measureId,
            @Parameter(description = "Id of the milestone")
            @PathParam("milestoneId") String milestoneId,
            @Parameter(description = "The measure's ETag you read", required = true, example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MilestoneInput input) {
        MilestoneService.Written written = milestones.update(MeasureResource.id(measureId),
                PathIds.uuid("milestoneId", milestoneId), ifMatch, input);
        return Responses.ok(written.measureVersion(), written.milestone());
    }
}
