package nl.iat.measures.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.iat.measures.service.MilestoneService;
import nl.iat.measures.service.MilestoneView;
import nl.iat.measures.service.MilestoneFilter;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Milestones across all measures, mainly to find the overdue ones. */
@Path("/milestones")
@Tag(name = "Milestones")
@Produces(MediaType.APPLICATION_JSON)
public class MilestoneResource {

    @Inject
    MilestoneService milestones;

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "List milestones of all measures", description = "Milestones by due date. `overdue=true`"
            + " gives the open milestones past their due date (in UTC), `done` filters on completion,"
            + " `measureId` on one measure." + ApiExamples.HIDDEN_IN_LISTS)
    @APIResponse(responseCode = "200", description = "One page of milestones",
            content = @Content(schema = @Schema(implementation = PageSchemas.MilestonePage.class),
                    examples = @ExampleObject(name = "overdue", value = ApiExamples.MILESTONE_PAGE)))
    public Page<MilestoneView> listMilestones(@Valid @BeanParam MilestoneFilter filter, @Valid @BeanParam PageRequest page,
            @Parameter(description = "dueDate (default) or -dueDate", example = "dueDate") @QueryParam("sort") String sort) {
        return milestones.list(filter, sort, page);
    }
}
