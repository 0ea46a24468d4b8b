package nl.iat.measures.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.iat.platform.persistence.ReadOnlyTransaction;
import nl.iat.platform.security.CurrentActor;
import nl.iat.measures.reference.Language;
import nl.iat.measures.reference.ThreatLevel;
import nl.iat.measures.reference.ThreatLevelScale;
import nl.iat.platform.http.QueryParams;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.paging.PanachePaging;
import nl.iat.platform.paging.QueryFilter;
import nl.iat.platform.paging.SortOrder;
import nl.iat.platform.problem.ProblemException;

/** Threat levels per DTN edition; the current one is that of the latest edition published. */
@ApplicationScoped
public class ThreatLevelService {

    private static final Map<String, String> SORTABLE = Map.of("publishedOn", "publishedOn");

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Inject
    UniqueWrites unique;

    @ReadOnlyTransaction
    public Page<ThreatLevelView> list(ThreatLevelFilter filter, String sort, Language language, PageRequest page) {
        QueryFilter where = new QueryFilter().equal("level.level", "level", QueryParams.integer("level", filter.level));
        return PanachePaging.page(ThreatLevel.<ThreatLevel>find(where.query(),
                SortOrder.parse(sort, SORTABLE, "-publishedOn", "dtnEdition"), where.parameters()), page,
                t -> ThreatLevelView.of(t, language));
    }

    @Transactional
    public ThreatLevelView current(Language language) {
        return ThreatLevel.inForceOn(LocalDate.now(clock)).map(t -> ThreatLevelView.of(t, language))
                .orElseThrow(() -> new ProblemException(404, "Not Found", "No threat level has been published yet"));
    }

    @ReadOnlyTransaction
    public ThreatLevelView get(UUID id, Language language) {
        ThreatLevel level = ThreatLevel.findById(id);
        if (level == null) {
            throw ProblemException.notFound("Threat level", id);
        }
        return ThreatLevelView.of(level, language);
    }

    @Transactional
    public ThreatLevelView add(ThreatLevelInput input, Language language) {
        if (ThreatLevel.count("dtnEdition", input.dtnEdition()) > 0) {
            throw ProblemException.conflict("DTN edition " + input.dtnEdition() + " already has a threat level");
        }
        ThreatLevel level = new ThreatLevel();
        level.id = UUID.randomUUID();
        level.dtnEdition = input.dtnEdition();
        level.publishedOn = input.publishedOn();
        level.level = ThreatLevelScale.findById(input.level());
        level.parliamentaryPaper = input.parliamentaryPaper();
        level.recordedAt = OffsetDateTime.now(clock);
        level.recordedBy = actor.id();
        level.persist();
        unique.flushOrConflict("DTN edition " + input.dtnEdition() + " already has a threat level");
        return ThreatLevelView.of(level, language);
    }
}
