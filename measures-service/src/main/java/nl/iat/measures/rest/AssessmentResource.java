package nl.iat.measures.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.iat.measures.service.AssessmentInput;
import nl.iat.measures.service.AssessmentService;
import nl.iat.measures.service.AssessmentView;
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

/** The proportionality assessment of a measure and its revisions. */
@Path("/measures/{measureId}")
@Tag(name = "Proportionality assessments", description = "Which fundamental rights a measure touches and how much;"
        + " every revision is kept")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    AssessmentService assessments;

    @GET
    @Path("/assessment")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Read the current assessment", description = "The latest revision; the ETag is the measure's version." + ApiExamples.HIDDEN_MEASURE)
    @APIResponse(responseCode = "200", description = "The current assessment",
            content = @Content(schema = @Schema(implementation = AssessmentView.class),
                    examples = @ExampleObject(name = "assessment", value = ApiExamples.ASSESSMENT)))
    @APIResponse(responseCode = "404", description = "No such measure, or no assessment yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notFound", value = ApiExamples.NOT_FOUND)))
    public Response getAssessment(@Parameter(description = "Id of the measure")
            @PathParam("measureId") String measureId) {
        AssessmentService.Current current = assessments.current(MeasureResource.id(measureId));
        return Responses.ok(current.measureVersion(), current.assessment());
    }

    @PUT
    @Path("/assessment")
    @RolesAllowed({ Roles.MEASURE_EDITOR, Roles.ADMIN })
    @Operation(summary = "Set or revise the assessment", description = "Adds a new revision (the previous ones are kept)"
            + " and publishes `nl.iat.measures.assessment-revised.v1`. On an approved or running measure a HIGH"
            + " impact revision must have a justification, legal basis and review date (422 otherwise)."
            + " Requires If-Match with the measure's ETag." + ApiExamples.HIDDEN_MEASURE)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AssessmentInput.class),
            examples = @ExampleObject(name = "high", value = ApiExamples.ASSESSMENT_INPUT)))
    @APIResponse(responseCode = "200", description = "Revised; ETag is the measure's new version",
            content = @Content(schema = @Schema(implementation = AssessmentView.class),
                    examples = @ExampleObject(name = "assessment", value = ApiExamples.ASSESSMENT)))
    @APIResponse(responseCode = "422", description = "A HIGH impact revision on an approved measure is incomplete",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "incomplete", value = ApiExamples.UNPROCESSABLE_APPROVAL)))
    @APIResponse(responseCode = "403", description = ApiExamples.FORBIDDEN_MEASURE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "otherOrganisation", value = ApiExamples.OTHER_ORGANISATION)))
    public Response reviseAssessment(@Parameter(description = "Id of the measure")
            @PathParam("measureId") String measureId,
            @Parameter(description = "The measure's ETag you read", required = true, example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AssessmentInput input) {
        AssessmentService.Current revised = assessments.revise(MeasureResource.id(measureId), ifMatch, input);
        return Responses.ok(revised.measureVersion(), revised.assessment());
    }

    @GET
    @Path("/assessment-revisions")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "List the assessment revisions", description = "Every revision of the measure's"
            + " proportionality assessment, oldest first (or newest first with sort=-revision)." + ApiExamples.HIDDEN_MEASURE)
    @APIResponse(responseCode = "200", description = "One page of revisions",
            content = @Content(schema = @Schema(implementation = PageSchemas.AssessmentPage.class),
                    examples = @ExampleObject(name = "revisions", value = ApiExamples.ASSESSMENT_PAGE)))
    public Page<AssessmentView> listAssessmentRevisions(@Parameter(description = "Id of the measure")
            @PathParam("measureId") String measureId, @Valid @BeanParam PageRequest page,
            @Parameter(description = "revision (default) or -revision", example = "-revision") @QueryParam("sort") String sort) {
        return assessments.revisions(MeasureResource.id(measureId), sort, page);
    }
}
