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
import nl.iat.measures.service.CommitmentFilter;
import nl.iat.measures.service.CommitmentInput;
import nl.iat.measures.service.CommitmentService;
import nl.iat.measures.service.CommitmentView;
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

@Path("/commitments")
@Tag(name = "Commitments", description = "Commitments to parliament (toezeggingen), linked to the measures that answer them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitmentResource {

    @Inject
    CommitmentService commitments;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "List commitments", description = "Pages through the commitments by number, narrowed by any"
            + " combination of filters. `overdue=true` finds the OPEN ones whose due date has passed; `status=UNKNOWN`"
            + " the flagged ones, whose portal status the suite does not know; `measureId` those linked to a measure.")
    @APIResponse(responseCode = "200", description = "One page of commitments",
            content = @Content(schema = @Schema(implementation = PageSchemas.CommitmentPage.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.COMMITMENT_PAGE)))
    public Page<CommitmentView> listCommitments(@Valid @BeanParam CommitmentFilter filter, @Valid @BeanParam PageRequest page) {
        return commitments.list(filter, page);
    }

    @POST
    @RolesAllowed({ Roles.MEASURE_EDITOR, Roles.ADMIN })
    @Operation(summary = "Enter a commitment", description = "Enters a commitment by hand, version 1, and publishes"
            + " `nl.iat.parliament.commitments.set.v1` on `iat.parliament.events`. `effectiveOn` is today when left out,"
            + " never in the future. Commitments of the Tweede Kamer's portal come in by `POST /parliament-imports`."
            + " Send an `Idempotency-Key` to retry safely.",
            extensions = @Extension(name = OrganisationScopes.EXTENSION, value = OrganisationScopes.COORDINATING))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CommitmentInput.class),
            examples = @ExampleObject(name = "commitment", value = ApiExamples.COMMITMENT_INPUT)))
    @APIResponse(responseCode = "201", description = "Entered; Location and ETag of the new commitment",
            content = @Content(schema = @Schema(implementation = CommitmentView.class),
                    examples = @ExampleObject(name = "commitment", value = ApiExamples.COMMITMENT)))
    @APIResponse(responseCode = "409", description = "The number is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "numberTaken", value = ApiExamples.CONFLICT_NUMBER)))
    @APIResponse(responseCode = "422", description = "A linked measure does not exist, the status is UNKNOWN, `effectiveOn`"
            + " is in the future, or the Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknownMeasure", value = ApiExamples.UNPROCESSABLE_MEASURE_LINK)))
    @APIResponse(responseCode = "403", description = ApiExamples.FORBIDDEN_PARLIAMENT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notCoordinating", value = ApiExamples.NOT_COORDINATING)))
    public Response createCommitment(
            @Parameter(description = "Makes a retry safe: the same key returns the first response",
                    example = "3b4f0d8e-2f0a-4c3e-9d62-1f5f1d0c8e77") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull CommitmentInput input) {
        return idempotency.execute(idempotencyKey, actor.id(), "POST /commitments", input, () -> {
            CommitmentView commitment = commitments.create(input);
            return Responses.created("/commitments/" + commitment.id(), commitment.version(), commitment);
        });
    }

    @GET
    @Path("/{commitmentId}")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Read a commitment", description = "The commitment; the ETag header is what an update sends back"
            + " in If-Match.")
    @APIResponse(responseCode = "200", description = "The commitment",
            content = @Content(schema = @Schema(implementation = CommitmentView.class),
                    examples = @ExampleObject(name = "commitment", value = ApiExamples.COMMITMENT)))
    public Response getCommitment(@Parameter(description = "Id of the commitment") @PathParam("commitmentId") String commitmentId) {
        CommitmentView commitment = commitments.get(PathIds.uuid("commitmentId", commitmentId));
        return Responses.ok(commitment.version(), commitment);
    }

    @PUT
    @Path("/{commitmentId}")
    @RolesAllowed({ Roles.MEASURE_EDITOR, Roles.ADMIN })
    @Operation(summary = "Replace a commitment", description = "Replaces the commitment (its status, the letter that"
            + " fulfilled it, its links to measures, ...) and publishes `nl.iat.parliament.commitments.set.v1`. The change"
            + " takes effect on `effectiveOn`, today when left out: not in the future and not before the commitment's"
            + " current `effectiveOn`. An imported commitment keeps its portal status; a later import changes its status"
            + " only when the portal's status changes. Requires If-Match with the ETag you read.",
            extensions = @Extension(name = OrganisationScopes.EXTENSION, value = OrganisationScopes.COORDINATING))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CommitmentInput.class),
            examples = @ExampleObject(name = "commitment", value = ApiExamples.COMMITMENT_INPUT)))
    @APIResponse(responseCode = "200", description = "Changed; the new ETag is in the header",
            content = @Content(schema = @Schema(implementation = CommitmentView.class),
                    examples = @ExampleObject(name = "commitment", value = ApiExamples.COMMITMENT)))
    @APIResponse(responseCode = "409", description = "The new number is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "numberTaken", value = ApiExamples.CONFLICT_NUMBER)))
    @APIResponse(responseCode = "422", description = "A linked measure does not exist, the status became UNKNOWN, or"
            + " `effectiveOn` is in the future or before the commitment's current `effectiveOn`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknownMeasure", value = ApiExamples.UNPROCESSABLE_MEASURE_LINK)))
    @APIResponse(responseCode = "403", description = ApiExamples.FORBIDDEN_PARLIAMENT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notCoordinating", value = ApiExamples.NOT_COORDINATING)))
    public Response updateCommitment(@Parameter(description = "Id of the commitment") @PathParam("commitmentId") String commitmentId,
            @Parameter(description = "The ETag of the version you read", required = true, example = "\"1\"")
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CommitmentInput input) {
        CommitmentView commitment = commitments.update(PathIds.uuid("commitmentId", commitmentId), ifMatch, input);
        return Responses.ok(commitment.version(), commitment);
    }

    @GET
    @Path("/{commitmentId}/history")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Read a commitment's history", description = "Every version of the commitment, oldest first:"
            + " who, when, from which business date, whether by hand or by an import, and which fields changed.")
    @APIResponse(responseCode = "200", description = "One page of history",
            content = @Content(schema = @Schema(implementation = PageSchemas.ParliamentHistoryPage.class),
                    examples = @ExampleObject(name = "history", value = ApiExamples.PARLIAMENT_HISTORY_PAGE)))
    public Page<ParliamentHistoryEntryView> listCommitmentHistory(@Parameter(description = "Id of the commitment")
            @PathParam("commitmentId") String commitmentId, @Valid @BeanParam PageRequest page) {
        return commitments.history(PathIds.uuid("commitmentId", commitmentId), page);
    }
}
