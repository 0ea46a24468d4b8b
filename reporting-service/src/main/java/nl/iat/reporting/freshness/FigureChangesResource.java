package nl.iat.reporting.freshness;

import java.time.Duration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Multi;
import nl.iat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

@Path(FigureChangesResource.PATH)
@Tag(name = "Figure changes", description = "A stream that tells dashboards when the figures changed")
public class FigureChangesResource {

    static final String PATH = "/figure-changes";
    /** Proxies close a connection that is quiet for too long; a repeated notice keeps it open. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(1);

    @Inject
    FigureChanges changes;

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events: the figures changed, up to event X",
            description = "Sends the read models' position at once, then a notice each time it moves, and the same"
                    + " notice again every second while nothing changes. A dashboard refreshes the reports it shows"
                    + " when the position moves, revalidating them with If-None-Match (their ETag carries the"
                    + " position), so unchanged figures cost a 304.")
    @APIResponse(responseCode = "200", description = "A text/event-stream of notices",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = FigureChanges.Notice.class)))
    public Multi<FigureChanges.Notice> streamFigureChanges() {
        Multi<FigureChanges.Notice> heartbeat = Multi.createFrom().ticks().every(HEARTBEAT)
                .map(tick -> changes.latest());
        return Multi.createBy().merging().streams(changes.stream(), heartbeat);
    }
}
