package nl.iat.reporting.rest;

import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.iat.platform.idempotency.IdempotentRequests;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.problem.Problem;
import nl.iat.platform.problem.ProblemException;
import nl.iat.platform.security.CurrentActor;
import nl.iat.platform.security.Roles;
import nl.iat.reporting.service.RebuildFilter;
import nl.iat.reporting.service.RebuildService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import nl.iat.reporting.service.RebuildView;

@Path("/rebuilds")
@Tag(name = "Rebuilds", description = "Rebuilding the read models by replaying the topics")
@RolesAllowed(Roles.ADMIN)
public class RebuildResource {

    @Inject
    RebuildService rebuilds;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    CurrentActor caller;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rebuild the read models",
            description = "Wipes the read models and the event history and replays the measure and budget topics from "
                    + "the beginning, in the background and in one transaction: reports keep showing the old figures "
                    + "until the rebuild commits, and a failed rebuild changes nothing. Live events wait meanwhile. "
                    + "Follow the Location to see when it has finished. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "202", description = "The rebuild has started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RebuildView.class)))
    @APIResponse(responseCode = "409", description = "A rebuild is running already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response requestRebuild(
            @Parameter(description = "Makes retries safe: a repeated key returns the first response", example = "rebuild-2026-11-28")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
            @Parameter(hidden = true) @HeaderParam("Transfer-Encoding") String transferEncoding) {
        // A body here is a mistake of the caller (this operation takes none): refuse it rather than ignore it.
        if (contentLength != null && contentLength > 0 || transferEncoding != null) {
            throw new ProblemException(400, "Bad Request", "Requesting a rebuild takes no body; send the POST without one");
        }
        String actor = caller.id();
        Response response = idempotentRequests.execute(idempotencyKey, actor, "request-rebuild", Map.of(), () -> {
            RebuildView rebuild = rebuilds.request(actor);
            // Set verbatim: Response.location would resolve the path against the base URI once more.
            return Response.accepted(rebuild).header("Location", "/api/reports/v1/rebuilds/" + rebuild.rebuildId())
                    .build();
        });
        if (response.getEntity() instanceof RebuildView started) {
            rebuilds.start(started.rebuildId());
        }
        return response;
    }

    @GET
    @Path("/{rebuildId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a rebuild", description = "Its status and, when finished, how many events it replayed and how fast.")
    @APIResponse(responseCode = "200", description = "The rebuild",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RebuildView.class)))
    public RebuildView getRebuild(
            @Parameter(description = "The rebuild's id") @PathParam("rebuildId") String rebuildId) {
        try {
            return rebuilds.get(UUID.fromString(rebuildId));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Rebuild", rebuildId);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List rebuilds", description = "The rebuilds, newest first.")
    @APIResponse(responseCode = "200", description = "A page of rebuilds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RebuildPage.class)))
    public Page<RebuildView> listRebuilds(@Valid @BeanParam RebuildFilter filter, @Valid @BeanParam PageRequest paging) {
        return rebuilds.list(filter, paging);
    }

    /** For the OpenAPI document: a page of rebuilds. */
    @Schema(name = "RebuildPage", description = "A page of rebuilds")
    static final class RebuildPage {
        public java.util.List<RebuildView> items;
        @Schema(example = "1") public int page;
        @Schema(example = "20") public int pageSize;
        @Schema(example = "1") public long totalItems;
        @Schema(example = "1") public long totalPages;
    }
}
