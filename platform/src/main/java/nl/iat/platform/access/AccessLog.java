package nl.iat.platform.access;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.container.ResourceInfo;

import nl.iat.platform.http.RequestIds;
import nl.iat.platform.security.Classification;
import nl.iat.platform.security.Clearance;
import nl.iat.platform.security.CurrentActor;
import nl.iat.platform.security.OrganisationScope;

/**
 * Records each read of a RESTRICTED or SECRET item (ADR 0016): who, of which organisation and with which
 * clearance, what, when, and through which operation (its operationId in the OpenAPI document). Reads of
 * PUBLIC items are not recorded. The table refuses updates and deletes, so the record only grows.
 */
@ApplicationScoped
public class AccessLog {

    @Inject
    EntityManager entityManager;

    @Inject
    CurrentActor actor;

    @Inject
    OrganisationScope organisation;

    @Inject
    Clearance clearance;

    /** The resource method answering the request: its name is the operationId (strategy METHOD). */
    @Inject
    ResourceInfo resource;

    /** Records the read when the item is classified; joins the caller's transaction, so a failed read records nothing. */
    @Transactional
    public void recordRead(String itemType, UUID itemId, Classification classification) {
        if (classification == null || classification == Classification.PUBLIC) {
            return;
        }
        entityManager.createNativeQuery("""
                insert into access_log (actor, organisation, clearance, item_type, item_id, classification, operation, request_id)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, actor.id())
                .setParameter(2, organisation.organisation().map(UUID::toString).orElse(null))
                .setParameter(3, clearance.level().name())
                .setParameter(4, itemType)
                .setParameter(5, itemId)
                .setParameter(6, classification.name())
                .setParameter(7, resource.getResourceMethod().getName())
                .setParameter(8, RequestIds.current())
                .executeUpdate();
    }
}
