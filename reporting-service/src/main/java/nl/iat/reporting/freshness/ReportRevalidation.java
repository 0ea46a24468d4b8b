package nl.iat.reporting.freshness;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.iat.platform.http.EntityTags;
import nl.iat.platform.security.Clearance;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Lets dashboards revalidate reports instead of recomputing them (ADR 0303): a report's ETag is
 * the read models' position plus the representation asked for, an {@code If-None-Match} that
 * still matches is answered 304 before any figure is computed (from the position the change stream
 * looked at last, at most its interval old, so without a query), and reports may be kept by the
 * client ({@code private, no-cache}) instead of {@code no-store}. Rebuild states are not figures
 * and the change stream is not a document: they keep {@code no-store}.
 */
public class ReportRevalidation {

    private static final String TAG = ReportRevalidation.class.getName() + ".tag";
    public static final String CACHE_CONTROL = "private, no-cache";

    @Inject
    ReadModelPosition position;

    @Inject
    FigureChanges changes;

    @Inject
    Clearance clearance;

    @ServerRequestFilter
    public Response answerUnchanged(ContainerRequestContext request) {
        if (!revalidated(request)) {
            return null;
        }
        // The shared look of the change stream, a few times a second; the database only when it stopped.
        long current = changes.recentPosition().orElseGet(position::current);
        // The clearance too: readers of different clearances get different figures at the same position (ADR 0016).
        EntityTag tag = new EntityTag(current + "-" + representation(request) + "-" + clearance.level(), true);
        request.setProperty(TAG, tag);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && EntityTags.listed(ifNoneMatch, "\"" + tag.getValue() + "\"")) {
            return Response.notModified(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        return null;
    }

    @ServerResponseFilter
    public void tagFigures(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(TAG) instanceof EntityTag tag && response.getStatus() == 200) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
            response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
    }

    private static boolean revalidated(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return HttpMethod.GET.equals(request.getMethod()) && !path.contains("/rebuilds")
                && !path.endsWith(FigureChangesResource.PATH);
    }

    /** JSON and CSV of the same report are different representations with different tags. */
    private static String representation(ContainerRequestContext request) {
        boolean csv = request.getAcceptableMediaTypes().stream().findFirst()
                .filter(type -> type.isCompatible(MediaType.valueOf("text/csv")) && !type.isWildcardType()).isPresent();
        return csv ? "csv" : "json";
    }
}
