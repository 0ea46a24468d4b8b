package nl.iat.budget.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import nl.iat.budget.service.ChangeLog;
import nl.iat.budget.service.ChangeView;
import nl.iat.budget.service.BudgetLineFilter;
import nl.iat.budget.service.BudgetLineRequest;
import nl.iat.budget.service.BudgetLineService;
import nl.iat.budget.service.BudgetLineUpdate;
import nl.iat.budget.service.BudgetLineView;
import nl.iat.platform.http.EntityTags;
import nl.iat.platform.idempotency.IdempotentRequests;
import nl.iat.platform.openapi.OrganisationScopes;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.problem.Problem;
import nl.iat.platform.security.CurrentActor;
import nl.iat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/budget-lines")
@Tag(name = "Budget lines", description = "Amounts per fiscal year and priority line, within the year's envelope")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BudgetLineResource {

    @Inject
    BudgetLineService lines;

    @Inject
    ChangeLog changeLog;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    CurrentActor caller;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Create a budget line",
            description = "The lines of a year never exceed its envelope. `classification` (ADR 0016) is at most your"
                    + " own clearance. Publishes nl.iat.budget.budget-lines.set.v1.",
            extensions = @Extension(name = OrganisationScopes.EXTENSION, value = OrganisationScopes.OWNER))
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = HttpHeaders.LOCATION, description = "The new line", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, description = "Its version", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(schema = @Schema(implementation = BudgetLineView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (also: unknown priority line, no envelope for the year)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiDocs.BAD_REQUEST)))
    @APIResponse(responseCode = "409", description = "The year's lines would exceed the envelope", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "envelopeFull", value = ApiDocs.ENVELOPE_FULL)))
    @APIResponse(responseCode = "422", description = "effectiveOn after today or before the envelope's establishedOn;"
            + " or the Idempotency-Key was used for another request", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "beforeEnvelope", value = ApiDocs.BEFORE_ENVELOPE)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN_OWNER, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "ownerNotYours", value = ApiDocs.OWNER_NOT_YOURS)))
    public Response createBudgetLine(
            @Parameter(description = ApiDocs.IDEMPOTENCY_DESCRIPTION) @HeaderParam(ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull BudgetLineRequest request) {
        String actor = caller.id();
        return idempotentRequests.execute(idempotencyKey, actor, "POST /budget-lines", request, () -> {
            BudgetLineView created = lines.create(request, actor);
            return Response.created(uriInfo.getAbsolutePathBuilder().path(created.budgetLineId().toString()).build())
                    .header(HttpHeaders.ETAG, EntityTags.of(created.version()))
                    .entity(created).build();
        });
    }

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "List budget lines",
            description = "Paginated; filter on fiscal year, priority line and owner organisation; sortable on fiscalYear,"
                    + " priorityLineCode, title, amountCents, allocatedCents and createdAt. Lines classified above your"
                    + " clearance are left out, also of totalItems (ADR 0016).")
    @APIResponse(responseCode = "200", description = "One page of budget lines")
    public Page<BudgetLineView> listBudgetLines(@Valid @BeanParam BudgetLineFilter filter, @Valid @BeanParam PageRequest page,
            @Parameter(description = ApiDocs.SORT_DESCRIPTION, example = "fiscalYear,-amountCents") @QueryParam("sort") String sort) {
        return lines.list(filter, page, sort);
    }

    @GET
    @Path("/{budgetLineId}")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Read a budget line", description = "Its ETag is needed to change it. A line classified above"
            + " your clearance is a 404, as is everything under it (ADR 0016).")
    @APIResponse(responseCode = "200", description = "The line",
            headers = @Header(name = HttpHeaders.ETAG, description = "Its version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = BudgetLineView.class)))
    public Response getBudgetLine(@Parameter(description = "Line id") @PathParam("budgetLineId") UUID budgetLineId) {
        BudgetLineView line = lines.get(budgetLineId);
        return Response.ok(line).header(HttpHeaders.ETAG, EntityTags.of(line.version())).build();
    }

    @PUT
    @Path("/{budgetLineId}")
    @RolesAllowed({ Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Change a budget line",
            description = "Title, owner, amount and classification (kept when left out; at most your own clearance)."
                    + " Never below what is allocated; the year's lines stay within the envelope. Needs If-Match."
                    + " A line classified above your clearance is a 404 before any other check."
                    + " Publishes nl.iat.budget.budget-lines.set.v1.",
            extensions = @Extension(name = OrganisationScopes.EXTENSION, value = OrganisationScopes.OWNER))
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = HttpHeaders.ETAG, description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = BudgetLineView.class)))
    @APIResponse(responseCode = "409", description = "Below the allocated amount, or the year's lines would exceed the envelope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "effectiveOn after today, or before the line's current effectiveOn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "beforeCurrentVersion", value = ApiDocs.BEFORE_CURRENT_VERSION)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN_OWNER, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "otherOrganisation", value = ApiDocs.OTHER_ORGANISATION)))
    public Response updateBudgetLine(@Parameter(description = "Line id") @PathParam("budgetLineId") UUID budgetLineId,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull BudgetLineUpdate update) {
        BudgetLineView changed = lines.update(budgetLineId, ifMatch, update, caller.id());
        return Response.ok(changed).header(HttpHeaders.ETAG, EntityTags.of(changed.version())).build();
    }

    @GET
    @Path("/{budgetLineId}/changes")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "The history of a budget line's own data",
            description = "Who created or changed title, owner or amount, when, before and after; oldest first."
                    + " Allocation changes are in the line's ledger.")
    @APIResponse(responseCode = "200", description = "One page of changes")
    public Page<ChangeView> listBudgetLineChanges(@Parameter(description = "Line id") @PathParam("budgetLineId") UUID budgetLineId,
            @Valid @BeanParam PageRequest page) {
        lines.get(budgetLineId);
        return changeLog.history(ChangeLog.BUDGET_LINE, budgetLineId.toString(), page);
    }
}
