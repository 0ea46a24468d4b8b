package nl.iat.measures.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import nl.iat.platform.persistence.ReadOnlyTransaction;
import nl.iat.platform.security.CurrentActor;
import nl.iat.measures.organisation.Organisation;
import nl.iat.measures.organisation.OrganisationKind;
import nl.iat.platform.http.EntityTags;
import nl.iat.platform.http.QueryParams;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.paging.PanachePaging;
import nl.iat.platform.paging.QueryFilter;
import nl.iat.platform.paging.SortOrder;
import nl.iat.platform.problem.ProblemException;

/** The organisations measures refer to: read by all, added and renamed by admins; a rename reaches the measures it leads. */
@ApplicationScoped
public class OrganisationService {

    private static final Map<String, String> SORTABLE = Map.of("name", "name");

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Inject
    UniqueWrites unique;

    @Inject
    MeasureChanges measureChanges;

    @ReadOnlyTransaction
    public Page<OrganisationView> list(OrganisationFilter filter, String sort, PageRequest page) {
        String name = QueryParams.text("name", filter.name, 200);
        QueryFilter where = new QueryFilter()
                .equal("kind", "kind", QueryParams.enumValue("kind", filter.kind, OrganisationKind.class))
                .matching("lower(name) like :name", "name",
                        name == null ? null : "%" + name.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        return PanachePaging.page(Organisation.<Organisation>find(where.query(),
                SortOrder.parse(sort, SORTABLE, "name", "id"), where.parameters()), page, OrganisationView::of);
    }

    @ReadOnlyTransaction
    public OrganisationView get(UUID id) {
        return OrganisationView.of(find(id, false));
    }

    @Transactional
    public OrganisationView add(OrganisationInput input) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.version = 1;
        organisation.createdAt = now;
        organisation.createdBy = actor.id();
        apply(input, organisation, now);
        organisation.persist();
        unique.flushOrConflict("An organisation named " + organisation.name + " already exists");
        return OrganisationView.of(organisation);
    }

    @Transactional
    public OrganisationView replace(UUID id, String ifMatch, OrganisationInput input) {
        Organisation organisation = find(id, true);
        EntityTags.requireMatch(ifMatch, organisation.version);
        Runnable replace = () -> apply(input, organisation, OffsetDateTime.now(clock));
        if (organisation.name.equals(input.name().strip())) {
            replace.run();
        } else {
            measureChanges.renameLeadOrganisation(id, replace);
        }
        organisation.version++;
        unique.flushOrConflict("An organisation named " + organisation.name + " already exists");
        return OrganisationView.of(organisation);
    }

    private void apply(OrganisationInput input, Organisation organisation, OffsetDateTime now) {
        String name = input.name().strip();
        if (Organisation.nameTaken(name, organisation.id)) {
            throw ProblemException.conflict("An organisation named " + name + " already exists");
        }
        organisation.name = name;
        organisation.kind = input.kind();
        organisation.changedAt = now;
        organisation.changedBy = actor.id();
    }

    private static Organisation find(UUID id, boolean forUpdate) {
        Organisation organisation = forUpdate
                ? Organisation.<Organisation>find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                : Organisation.findById(id);
        if (organisation == null) {
            throw ProblemException.notFound("Organisation", id);
        }
        return organisation;
    }
}
