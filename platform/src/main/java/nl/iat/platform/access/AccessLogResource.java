package nl.iat.platform.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.paging.QueryFilter;
import nl.iat.platform.security.Classification;
import nl.iat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /access-log}: the reads of classified items this service answered, for admins (ADR 0016). */
@Path("/access-log")
@Tag(name = "Access log", description = "Who read which RESTRICTED or SECRET item, when, through which operation")
@Produces(MediaType.APPLICATION_JSON)
public class AccessLogResource {

    @Inject
    EntityManager entityManager;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(summary = "List reads of classified items", description = "Pages through the recorded reads of"
            + " RESTRICTED and SECRET items of this service, newest first. The log is append-only.")
    @APIResponse(responseCode = "200", description = "One page of the access log",
            content = @Content(schema = @Schema(implementation = AccessLogPage.class)))
    public Page<AccessLogEntry> listAccessLog(@Valid @BeanParam AccessLogFilter filter, @Valid @BeanParam PageRequest page) {
        QueryFilter where = new QueryFilter().equal("item_id", "itemId", filter.itemId).equal("actor", "actor", filter.actor);
        long total = ((Number) bind(entityManager.createNativeQuery("select count(*) from access_log where "
                + where.query()), where).getSingleResult()).longValue();
        List<?> rows = bind(entityManager.createNativeQuery("""
                select id, read_at, actor, organisation, clearance, item_type, item_id, classification, operation, request_id
                from access_log where %s order by id desc""".formatted(where.query())), where)
                .setFirstResult(page.offset()).setMaxResults(page.pageSize).getResultList();
        return Page.of(rows.stream().map(row -> entry((Object[]) row)).toList(), page, total);
    }

    private static Query bind(Query query, QueryFilter where) {
        where.parameters().forEach(query::setParameter);
        return query;
    }

    private static OffsetDateTime utc(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        }
        Instant instant = value instanceof Instant i ? i : ((Timestamp) value).toInstant();
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static AccessLogEntry entry(Object[] c) {
        return new AccessLogEntry(((Number) c[0]).longValue(), utc(c[1]), (String) c[2],
                (String) c[3], Classification.valueOf((String) c[4]), (String) c[5], (UUID) c[6], Classification.valueOf((String) c[7]),
                (String) c[8], (String) c[9]);
    }
}
