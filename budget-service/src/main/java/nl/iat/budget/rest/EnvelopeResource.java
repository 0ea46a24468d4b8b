package nl.iat.budget.rest;

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
import nl.iat.budget.service.EnvelopeFilter;
import nl.iat.budget.service.EnvelopeRequest;
import nl.iat.budget.service.EnvelopeService;
import nl.iat.budget.service.EnvelopeUpdate;
import nl.iat.budget.service.EnvelopeView;
import nl.iat.platform.http.EntityTags;
import nl.iat.platform.idempotency.IdempotentRequests;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.problem.Problem;
import nl.iat.platform.security.CurrentActor;
import nl.iat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/envelopes")
@Tag(name = "Envelopes", description = "The money available per fiscal year (the structural extra EUR 13 million)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnvelopeResource {

    @Inject
    EnvelopeService envelopes;

    @Inject
    ChangeLog changeLog;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    CurrentActor caller;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create the envelope of a fiscal year",
            description = "One envelope per fiscal year. Publishes nl.iat.budget.envelopes.set.v1.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = HttpHeaders.LOCATION, description = "The new envelope", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, description = "Its version", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(schema = @Schema(implementation = EnvelopeView.class)))
    @APIResponse(responseCode = "409", description = "The year already has an envelope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "effectiveOn after today or before 1 January of the year before"
            + " the fiscal year; or the Idempotency-Key was used for another request", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "effectiveOnTooEarly", value = ApiDocs.ENVELOPE_TOO_EARLY),
                    @ExampleObject(name = "keyReused", value = ApiDocs.KEY_REUSED) }))
    public Response createEnvelope(
            @Parameter(description = ApiDocs.IDEMPOTENCY_DESCRIPTION) @HeaderParam(ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull EnvelopeRequest request) {
        String actor = caller.id();
        return idempotentRequests.execute(idempotencyKey, actor, "POST /envelopes", request, () -> {
            EnvelopeView created = envelopes.create(request, actor);
            return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.fiscalYear())).build())
                    .header(HttpHeaders.ETAG, EntityTags.of(created.version()))
                    .entity(created).build();
        });
    }

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "List the envelopes",
            description = "Paginated; filter on a range of fiscal years; sortable on fiscalYear and amountCents.")
    @APIResponse(responseCode = "200", description = "One page of envelopes")
    public Page<EnvelopeView> listEnvelopes(@Valid @BeanParam EnvelopeFilter filter, @Valid @BeanParam PageRequest page,
            @Parameter(description = ApiDocs.SORT_DESCRIPTION, example = "-fiscalYear") @QueryParam("sort") String sort) {
        return envelopes.list(filter, page, sort);
    }

    @GET
    @Path("/{fiscalYear}")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "Read the envelope of a fiscal year", description = "Its ETag is needed to change it.")
    @APIResponse(responseCode = "200", description = "The envelope",
            headers = @Header(name = HttpHeaders.ETAG, description = "Its version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EnvelopeView.class)))
    public Response getEnvelope(@Parameter(description = "Fiscal year", example = "2018") @PathParam("fiscalYear") int fiscalYear) {
        EnvelopeView envelope = envelopes.get(fiscalYear);
        return Response.ok(envelope).header(HttpHeaders.ETAG, EntityTags.of(envelope.version())).build();
    }

    @PUT
    @Path("/{fiscalYear}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change the envelope of a fiscal year",
            description = "Never below the sum of the year's budget lines. Needs If-Match."
                    + " Publishes nl.iat.budget.envelopes.set.v1.")
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = HttpHeaders.ETAG, description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EnvelopeView.class)))
    @APIResponse(responseCode = "409", description = "Lower than the sum of the year's lines",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "effectiveOn after today, before the envelope's current"
            + " effectiveOn, or before 1 January of the year before the fiscal year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response updateEnvelope(@Parameter(description = "Fiscal year", example = "2018") @PathParam("fiscalYear") int fiscalYear,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION, example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EnvelopeUpdate update) {
        EnvelopeView changed = envelopes.update(fiscalYear, ifMatch, update, caller.id());
        return Response.ok(changed).header(HttpHeaders.ETAG, EntityTags.of(changed.version())).build();
    }

    @GET
    @Path("/{fiscalYear}/changes")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Operation(summary = "The history of an envelope", description = "Who changed it, when, and its state before and after; oldest first.")
    @APIResponse(responseCode = "200", description = "One page of changes")
    public Page<ChangeView> listEnvelopeChanges(@Parameter(description = "Fiscal year", example = "2018") @PathParam("fiscalYear") int fiscalYear,
            @Valid @BeanParam PageRequest page) {
        EnvelopeView envelope = envelopes.get(fiscalYear);
        return changeLog.history(ChangeLog.ENVELOPE, "envelope-" + envelope.fiscalYear(), page);
    }
}
