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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import nl.iat.budget.service.BudgetMetrics;
import nl.iat.budget.service.LedgerEntryFilter;
import nl.iat.budget.service.LedgerEntryRequest;
import nl.iat.budget.service.LedgerEntryView;
import nl.iat.budget.service.LedgerService;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/budget-lines/{budgetLineId}/ledger-entries")
@Tag(name = "Allocation ledger", description = "The append-only ledger of a line's allocations to measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LedgerEntryResource {

    @Inject
    LedgerService ledger;

    @Inject
    BudgetMetrics metrics;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    CurrentActor caller;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Record a ledger entry: allocate, increase, decrease, withdraw or reallocate",
            description = "The allocations on a line never exceed it and never go below zero, nor below what is"
                    + " committed or spent, under any concurrency. Money goes only to measures known to this service"
                    + " and not cancelled or completed. Send an Idempotency-Key so a retry never counts twice."
                    + " Publishes one nl.iat.budget.ledger-entries.recorded.v1 (a"
                    + " reallocation is one event with two changes).",
            extensions = @Extension(name = OrganisationScopes.EXTENSION, value = OrganisationScopes.OWNER))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LedgerEntryRequest.class), examples = {
            @ExampleObject(name = "allocate", value = ApiDocs.ALLOCATE),
            @ExampleObject(name = "reallocate", value = ApiDocs.REALLOCATE),
            @ExampleObject(name = "withdraw", value = ApiDocs.WITHDRAW) }))
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", description = "The new entry", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LedgerEntryView.class)))
    @APIResponse(responseCode = "409", description = "Does not fit: the line has too little free, the allocation too"
            + " little to release, or the allocation exists (ALLOCATE) / does not exist (other kinds)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "lineFull", value = ApiDocs.LINE_FULL)))
    @APIResponse(responseCode = "422", description = "The measure is unknown, cancelled or completed; effectiveOn is"
            + " after today or before the establishedOn of the line or its envelope; or the Idempotency-Key was used"
            + " for another request", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "measureClosed", value = ApiDocs.MEASURE_CLOSED),
                    @ExampleObject(name = "beforeEnvelope", value = ApiDocs.BEFORE_ENVELOPE) }))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN_LINE, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "otherOrganisation", value = ApiDocs.OTHER_ORGANISATION)))
    public Response recordLedgerEntry(@Parameter(description = "Line id") @PathParam("budgetLineId") UUID budgetLineId,
            @Parameter(description = ApiDocs.IDEMPOTENCY_DESCRIPTION) @HeaderParam(ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull LedgerEntryRequest request) {
        String actor = caller.id();
        String operation = "POST /budget-lines/" + budgetLineId + "/ledger-entries";
        return idempotentRequests.execute(idempotencyKey, actor, operation, request, () -> {
            LedgerEntryView entry = metrics.ledgerEntry(request.kind(), () -> ledger.record(budgetLineId, request, actor));
            return Response.created(uriInfo.getAbsolutePathBuilder().path(entry.entryId().toString()).build())
                    .entity(entry).build();
        });
    }

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "A line's ledger",
            description = "Paginated, oldest first by default; filter on kind and measure; sortable on sequence,"
                    + " recordedAt, amountCents and kind. Entries touching a measure classified above your clearance are"
                    + " left out, also of totalItems; a line above it is a 404 (ADR 0016).")
    @APIResponse(responseCode = "200", description = "One page of ledger entries")
    public Page<LedgerEntryView> listLedgerEntries(@Parameter(description = "Line id") @PathParam("budgetLineId") UUID budgetLineId,
            @Valid @BeanParam LedgerEntryFilter filter, @Valid @BeanParam PageRequest page,
            @Parameter(description = ApiDocs.SORT_DESCRIPTION, example = "-sequence") @QueryParam("sort") String sort) {
        return ledger.list(budgetLineId, filter, page, sort);
    }

    @GET
    @Path("/{entryId}")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Read a ledger entry", description = "Entries never change.")
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(schema = @Schema(implementation = LedgerEntryView.class)))
    public LedgerEntryView getLedgerEntry(@Parameter(description = "Line id") @PathParam("budgetLineId") UUID budgetLineId,
            @Parameter(description = "Entry id") @PathParam("entryId") UUID entryId) {
        return ledger.get(budgetLineId, entryId);
    }
}
