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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import nl.iat.budget.allocation.SpendingKind;
import nl.iat.budget.service.AllocationFilter;
import nl.iat.budget.service.AllocationService;
import nl.iat.budget.service.AllocationView;
import nl.iat.budget.service.BudgetMetrics;
import nl.iat.budget.service.SpendingFilter;
import nl.iat.budget.service.SpendingRequest;
import nl.iat.budget.service.SpendingService;
import nl.iat.budget.service.SpendingView;
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

@Path("/allocations")
@Tag(name = "Allocations", description = "Money assigned to measures, and the commitments and expenditures against it")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AllocationResource {

    @Inject
    AllocationService allocations;

    @Inject
    SpendingService spending;

    @Inject
    BudgetMetrics metrics;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    CurrentActor caller;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "List allocations",
            description = "Paginated; filter on measure (a measure's allocations across lines), line, fiscal year and"
                    + " priority line; sortable on fiscalYear, priorityLineCode, amountCents, committedCents,"
                    + " spentCents and createdAt. Allocations change only through the line's ledger. An allocation is as"
                    + " secret as the most secret of its line and its measure; those above your clearance are left out,"
                    + " also of totalItems, and are a 404 with everything under them (ADR 0016).")
    @APIResponse(responseCode = "200", description = "One page of allocations")
    public Page<AllocationView> listAllocations(@Valid @BeanParam AllocationFilter filter, @Valid @BeanParam PageRequest page,
            @Parameter(description = ApiDocs.SORT_DESCRIPTION, example = "-amountCents") @QueryParam("sort") String sort) {
        return allocations.list(filter, page, sort);
    }

    @GET
    @Path("/{allocationId}")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Read an allocation", description = "With its committed and spent figures, kept apart.")
    @APIResponse(responseCode = "200", description = "The allocation",
            content = @Content(schema = @Schema(implementation = AllocationView.class)))
    public AllocationView getAllocation(@Parameter(description = "Allocation id") @PathParam("allocationId") UUID allocationId) {
        return allocations.get(allocationId);
    }

    @POST
    @Path("/{allocationId}/commitments")
    @RolesAllowed({ Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Record a commitment",
            description = "The allocation's commitments never exceed it. Send an"
                    + " Idempotency-Key. Publishes nl.iat.budget.spending.recorded.v1.",
            extensions = @Extension(name = OrganisationScopes.EXTENSION, value = OrganisationScopes.OWNER))
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The new record", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SpendingView.class)))
    @APIResponse(responseCode = "409", description = "Would exceed the allocation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "date after today or before the establishedOn of the"
            + " allocation's line or its envelope; or the Idempotency-Key was used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "beforeLine", value = ApiDocs.BEFORE_LINE)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN_LINE, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "otherOrganisation", value = ApiDocs.OTHER_ORGANISATION)))
    public Response recordCommitment(@Parameter(description = "Allocation id") @PathParam("allocationId") UUID allocationId,
            @Parameter(description = ApiDocs.IDEMPOTENCY_DESCRIPTION) @HeaderParam(ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull SpendingRequest request) {
        return record(allocationId, SpendingKind.COMMITMENT, "/commitments", idempotencyKey, request);
    }

    @POST
    @Path("/{allocationId}/expenditures")
    @RolesAllowed({ Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Record an expenditure",
            description = "The allocation's expenditures never exceed it (commitments are a separate figure)."
                    + " Send an Idempotency-Key. Publishes nl.iat.budget.spending.recorded.v1.",
            extensions = @Extension(name = OrganisationScopes.EXTENSION, value = OrganisationScopes.OWNER))
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The new record", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SpendingView.class)))
    @APIResponse(responseCode = "409", description = "Would exceed the allocation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "date after today or before the establishedOn of the"
            + " allocation's line or its envelope; or the Idempotency-Key was used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "beforeLine", value = ApiDocs.BEFORE_LINE)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN_LINE, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "otherOrganisation", value = ApiDocs.OTHER_ORGANISATION)))
    public Response recordExpenditure(@Parameter(description = "Allocation id") @PathParam("allocationId") UUID allocationId,
            @Parameter(description = ApiDocs.IDEMPOTENCY_DESCRIPTION) @HeaderParam(ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull SpendingRequest request) {
        return record(allocationId, SpendingKind.EXPENDITURE, "/expenditures", idempotencyKey, request);
    }

    @GET
    @Path("/{allocationId}/commitments")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "List an allocation's commitments",
            description = "Paginated; filter on a date range; sortable on date, recordedAt and amountCents.")
    @APIResponse(responseCode = "200", description = "One page of commitments")
    public Page<SpendingView> listCommitments(@Parameter(description = "Allocation id") @PathParam("allocationId") UUID allocationId,
            @Valid @BeanParam SpendingFilter filter, @Valid @BeanParam PageRequest page,
            @Parameter(description = ApiDocs.SORT_DESCRIPTION, example = "-date") @QueryParam("sort") String sort) {
        return spending.list(allocationId, SpendingKind.COMMITMENT, filter, page, sort);
    }

    @GET
    @Path("/{allocationId}/commitments/{spendingId}")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Read a commitment", description = "Commitments never change.")
    @APIResponse(responseCode = "200", description = "The commitment",
            content = @Content(schema = @Schema(implementation = SpendingView.class)))
    public SpendingView getCommitment(@Parameter(description = "Allocation id") @PathParam("allocationId") UUID allocationId,
            @Parameter(description = "Commitment id") @PathParam("spendingId") UUID spendingId) {
        return spending.get(allocationId, SpendingKind.COMMITMENT, spendingId);
    }

    @GET
    @Path("/{allocationId}/expenditures")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "List an allocation's expenditures",
            description = "Paginated; filter on a date range; sortable on date, recordedAt and amountCents.")
    @APIResponse(responseCode = "200", description = "One page of expenditures")
    public Page<SpendingView> listExpenditures(@Parameter(description = "Allocation id") @PathParam("allocationId") UUID allocationId,
            @Valid @BeanParam SpendingFilter filter, @Valid @BeanParam PageRequest page,
            @Parameter(description = ApiDocs.SORT_DESCRIPTION, example = "-date") @QueryParam("sort") String sort) {
        return spending.list(allocationId, SpendingKind.EXPENDITURE, filter, page, sort);
    }

    @GET
    @Path("/{allocationId}/expenditures/{spendingId}")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Read an expenditure", description = "Expenditures never change.")
    @APIResponse(responseCode = "200", description = "The expenditure",
            content = @Content(schema = @Schema(implementation = SpendingView.class)))
    public SpendingView getExpenditure(@Parameter(description = "Allocation id") @PathParam("allocationId") UUID allocationId,
            @Parameter(description = "Expenditure id") @PathParam("spendingId") UUID spendingId) {
        return spending.get(allocationId, SpendingKind.EXPENDITURE, spendingId);
    }

    private Response record(UUID allocationId, SpendingKind kind, String collection, String idempotencyKey,
            SpendingRequest request) {
        String actor = caller.id();
        String operation = "POST /allocations/" + allocationId + collection;
        return idempotentRequests.execute(idempotencyKey, actor, operation, request, () -> {
            SpendingView recorded = metrics.spending(kind, () -> spending.record(allocationId, kind, request, actor));
            return Response.created(uriInfo.getAbsolutePathBuilder().path(recorded.spendingId().toString()).build())
                    .entity(recorded).build();
        });
    }
}
