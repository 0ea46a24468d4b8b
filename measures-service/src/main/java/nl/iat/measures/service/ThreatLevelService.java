package nl.iat.measures.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import nl.iat.platform.security.CurrentActor;
import nl.iat.measures.reference.Language;
import nl.iat.measures.reference.ThreatLevel;
import nl.iat.measures.reference.ThreatLevelScale;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.problem.ProblemException;

/** Threat levels per DTN edition; the current one is that of the latest edition published. */
@ApplicationScoped
public class ThreatLevelService {

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Inject
    UniqueWrites unique;

    @Transactional
    public Page<ThreatLevelView> list(Integer level, boolean oldestFirst, Language language, PageRequest page) {
        Sort sort = oldestFirst ? Sort.ascending("publishedOn", "dtnEdition") : Sort.descending("publishedOn", "dtnEdition");
        var found = level == null ? ThreatLevel.<ThreatLevel>findAll(sort) : ThreatLevel.<ThreatLevel>find("level.level", sort, level);
        List<ThreatLevelView> items = found.page(page.page - 1, page.pageSize).list().stream()
                .map(t -> ThreatLevelView.of(t, language)).toList();
        return Page.of(items, page, found.count());
    }

    @Transactional
    public ThreatLevelView current(Language language) {
        return ThreatLevel.inForceOn(LocalDate.now(clock)).map(t -> ThreatLevelView.of(t, language))
                .orElseThrow(() -> new ProblemException(404, "Not Found", "No threat level has been published yet"));
    }

    @Transactional
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
