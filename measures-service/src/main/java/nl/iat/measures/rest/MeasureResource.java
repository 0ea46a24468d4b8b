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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.iat.platform.security.CurrentActor;
import nl.iat.measures.service.HistoryEntryView;
import nl.iat.measures.service.MeasureFilter;
import nl.iat.measures.service.MeasureInput;
import nl.iat.measures.service.MeasureService;
import nl.iat.measures.service.MeasureSummaryView;
import nl.iat.measures.service.MeasureView;
import nl.iat.measures.service.StatusTransitionInput;
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

@Path("/measures")
@Tag(name = "Measures", description = "The policy measures of the Integrale aanpak terrorisme and their lifecycle")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeasureResource {

    @Inject
    MeasureService measures;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "List measures", description = "Pages through the measures, narrowed by any combination of filters"
            + " and sorted. `organisationId` matches the lead and the partners; `text` searches code and title;"
            + " `reviewDueBefore` finds measures whose assessment review date lies before a date (`reviewOverdue=true`"
            + " is the same for today); `overdueMilestones=true` finds measures with an open milestone past its due date." + ApiExamples.HIDDEN_IN_LISTS)
    @APIResponse(responseCode = "200", description = "One page of measures",
            content = @Content(schema = @Schema(implementation = PageSchemas.MeasurePage.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.MEASURE_PAGE)))
    public Page<MeasureSummaryView> listMeasures(@Valid @BeanParam MeasureFilter filter, @Valid @BeanParam PageRequest page,
            @Parameter(description = "Sort field, '-' for descending: code, title, startDate, status, reviewDate, changedAt",
                    example = "-startDate") @QueryParam("sort") String sort) {
        return measures.list(filter, sort, page);
    }

    @POST
    @RolesAllowed({ Roles.MEASURE_EDITOR, Roles.ADMIN })
    @Operation(summary = "Register a measure", description = "Registers a measure in status PROPOSED, version 1, and"
            + " publishes `nl.iat.measures.registered.v1`. Without a code one is generated (IAT-<start year>-<number>)."
            + " `effectiveOn` is the date the measure was adopted (today when left out, never in the future)."
            + " `classification` is PUBLIC when left out, and at most your own clearance (403 naming it otherwise)."
            + " Send an `Idempotency-Key` to retry safely: a retry returns the first response and registers nothing.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MeasureInput.class),
            examples = @ExampleObject(name = "measure", value = ApiExamples.MEASURE_REGISTRATION)))
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag of the new measure",
            content = @Content(schema = @Schema(implementation = MeasureView.class),
                    examples = @ExampleObject(name = "measure", value = ApiExamples.MEASURE)))
    @APIResponse(responseCode = "400", description = "The body is not valid (malformed, wrong types, missing or unknown fields, dates out of order)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.BAD_REQUEST)))
    @APIResponse(responseCode = "409", description = "The code is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "codeTaken", value = ApiExamples.CONFLICT_CODE)))
    @APIResponse(responseCode = "422", description = "An intervention area, priority line or organisation does not exist,"
            + " `effectiveOn` is in the future, or the Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = { @ExampleObject(name = "unknownReference", value = ApiExamples.UNPROCESSABLE_REFERENCE),
                            @ExampleObject(name = "effectiveInFuture", value = ApiExamples.UNPROCESSABLE_FUTURE) }))
    @APIResponse(responseCode = "403", description = ApiExamples.FORBIDDEN_LEAD,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = { @ExampleObject(name = "leadNotYours", value = ApiExamples.LEAD_NOT_YOURS),
                            @ExampleObject(name = "classificationNotYours", value = ApiExamples.CLASSIFICATION_NOT_YOURS) }))
    public Response registerMeasure(
            @Parameter(description = "Makes a retry safe: the same key returns the first response",
                    example = "3b4f0d8e-2f0a-4c3e-9d62-1f5f1d0c8e77") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull MeasureInput input) {
        return idempotency.execute(idempotencyKey, actor.id(), "POST /measures", input, () -> {
            MeasureView measure = measures.register(input);
            return Responses.created("/measures/" + measure.id(), measure.version(), measure);
        });
    }

    @GET
    @Path("/{measureId}")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Read a measure", description = "The measure with its milestones and current assessment."
            + " The ETag header is what an update sends back in If-Match." + ApiExamples.HIDDEN_MEASURE)
    @APIResponse(responseCode = "200", description = "The measure",
            content = @Content(schema = @Schema(implementation = MeasureView.class),
                    examples = @ExampleObject(name = "measure", value = ApiExamples.MEASURE)))
    public Response getMeasure(@Parameter(description = "Id of the measure")
            @PathParam("measureId") String measureId) {
        MeasureView measure = measures.get(id(measureId));
        return Responses.ok(measure.version(), measure);
    }

    @PUT
    @Path("/{measureId}")
    @RolesAllowed({ Roles.MEASURE_EDITOR, Roles.ADMIN })
    @Operation(summary = "Replace a measure's data", description = "Replaces the data of an open measure (status,"
            + " milestones and assessment have their own operations) and publishes `nl.iat.measures.changed.v1`."
            + " Leave out `code` or `classification` to keep it (a classification at most your clearance)."
            + " Leave out `effectiveOn` for a correction: the measure keeps the date its"
            + " state took effect; give it for a change that takes effect on a date (not in the future, not before"
            + " the measure's current `effectiveOn`). Requires If-Match with the ETag you read." + ApiExamples.HIDDEN_MEASURE)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MeasureInput.class),
            examples = @ExampleObject(name = "measure", value = ApiExamples.MEASURE_INPUT)))
    @APIResponse(responseCode = "200", description = "Changed; the new ETag is in the header",
            content = @Content(schema = @Schema(implementation = MeasureView.class),
                    examples = @ExampleObject(name = "measure", value = ApiExamples.MEASURE)))
    @APIResponse(responseCode = "409", description = "The new code is taken, or the measure has ended",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "codeTaken", value = ApiExamples.CONFLICT_CODE)))
    @APIResponse(responseCode = "422", description = "Unknown reference data, or `effectiveOn` in the future or before"
            + " the measure's current `effectiveOn`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = { @ExampleObject(name = "unknownReference", value = ApiExamples.UNPROCESSABLE_REFERENCE),
                            @ExampleObject(name = "effectiveBeforeCurrent", value = ApiExamples.UNPROCESSABLE_BACKDATED) }))
    @APIResponse(responseCode = "403", description = ApiExamples.FORBIDDEN_LEAD,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = { @ExampleObject(name = "otherOrganisation", value = ApiExamples.OTHER_ORGANISATION),
                            @ExampleObject(name = "classificationNotYours", value = ApiExamples.CLASSIFICATION_NOT_YOURS) }))
    public Response updateMeasure(@Parameter(description = "Id of the measure")
            @PathParam("measureId") String measureId,
            @Parameter(description = "The ETag of the version you read", required = true, example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MeasureInput input) {
        MeasureView measure = measures.update(id(measureId), ifMatch, input);
        return Responses.ok(measure.version(), measure);
    }

    @POST
    @Path("/{measureId}/status-transitions")
    @RolesAllowed({ Roles.MEASURE_EDITOR, Roles.ADMIN })
    @Operation(summary = "Move a measure through its lifecycle", description = "Performs one transition, with a reason:"
            + " PROPOSED -> APPROVED -> IN_PROGRESS -> COMPLETED, and CANCELLED from any open status. A forbidden"
            + " transition is a 409 that lists the allowed ones. A measure with a HIGH impact assessment can only be"
            + " APPROVED with a justification, legal basis and review date (422 names what is missing). The transition"
            + " takes effect on `effectiveOn`, today when left out: not in the future and not before the measure's"
            + " current `effectiveOn` (422). Publishes `nl.iat.measures.status-changed.v1`. Requires If-Match." + ApiExamples.HIDDEN_MEASURE)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = StatusTransitionInput.class),
            examples = { @ExampleObject(name = "approve", value = ApiExamples.TRANSITION),
                    @ExampleObject(name = "approveOnADate", value = ApiExamples.TRANSITION_DATED,
                            description = "Approved on 1 February 2018, recorded later") }))
    @APIResponse(responseCode = "200", description = "Moved; the new ETag is in the header",
            content = @Content(schema = @Schema(implementation = MeasureView.class),
                    examples = @ExampleObject(name = "measure", value = ApiExamples.MEASURE)))
    @APIResponse(responseCode = "409", description = "The transition is not allowed from the current status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forbidden", value = ApiExamples.CONFLICT_TRANSITION)))
    @APIResponse(responseCode = "422", description = "The HIGH impact assessment is not complete, or `effectiveOn` is"
            + " in the future or before the measure's current `effectiveOn`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = { @ExampleObject(name = "incomplete", value = ApiExamples.UNPROCESSABLE_APPROVAL),
                            @ExampleObject(name = "effectiveBeforeCurrent", value = ApiExamples.UNPROCESSABLE_BACKDATED) }))
    @APIResponse(responseCode = "403", description = ApiExamples.FORBIDDEN_MEASURE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "otherOrganisation", value = ApiExamples.OTHER_ORGANISATION)))
    public Response transitionMeasureStatus(@Parameter(description = "Id of the measure")
            @PathParam("measureId") String measureId,
            @Parameter(description = "The ETag of the version you read", required = true, example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StatusTransitionInput input) {
        MeasureView measure = measures.transition(id(measureId), ifMatch, input);
        return Responses.ok(measure.version(), measure);
    }

    @GET
    @Path("/{measureId}/history")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Read a measure's history", description = "Every version of the measure, oldest first: who"
            + " (token subject), when, from which business date (`effectiveOn`), what was done and which fields changed"
            + " from what to what." + ApiExamples.HIDDEN_MEASURE)
    @APIResponse(responseCode = "200", description = "One page of history",
            content = @Content(schema = @Schema(implementation = PageSchemas.HistoryPage.class),
                    examples = @ExampleObject(name = "history", value = ApiExamples.HISTORY_PAGE)))
    public Page<HistoryEntryView> listMeasureHistory(@Parameter(description = "Id of the measure")
            @PathParam("measureId") String measureId, @Valid @BeanParam PageRequest page) {
        return measures.history(id(measureId), page);
    }

    static UUID id(String measureId) {
        return PathIds.uuid("measureId", measureId);
    }
}
