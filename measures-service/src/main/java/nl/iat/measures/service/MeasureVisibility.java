package nl.iat.measures.service;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import nl.iat.measures.measure.Measure;
import nl.iat.platform.access.AccessLog;
import nl.iat.platform.paging.QueryFilter;
import nl.iat.platform.problem.ProblemException;
import nl.iat.platform.security.Classification;
import nl.iat.platform.security.Clearance;

/**
 * Which measures the caller may see (ADR 0016), in one place: a measure above the caller's clearance
 * does not exist for it. Lookups answer the same 404 as an unknown id, lists get a condition in their
 * query (so totals count without hidden measures), and references to hidden measures are left out.
 * Every measure a caller is shown that is RESTRICTED or SECRET is recorded in the access log, with the
 * operation that showed it.
 */
@ApplicationScoped
public class MeasureVisibility {

    static final String ITEM_TYPE = "measure";

    @Inject
    Clearance clearance;

    @Inject
    AccessLog accessLog;

    @Inject
    EntityManager entityManager;

    /** The measure the caller reads, recorded when classified; 404 as for an unknown id when hidden. */
    public Measure read(UUID id) {
        Measure measure = requireVisible(Measure.findById(id), id);
        recordRead(measure);
        return measure;
    }

    /** The measure, or the 404 of an unknown id when it does not exist or the caller may not see it. */
    public Measure requireVisible(Measure measure, UUID id) {
        if (measure == null || !clearance.covers(measure.classification)) {
            throw ProblemException.notFound("Measure", id);
        }
        return measure;
    }

    /** Refuses (403 naming the field) a classification above the caller's clearance. */
    public void requireSettable(Classification classification) {
        clearance.requireSettable("classification", classification);
    }

    /** Records that the caller is shown the measure (nothing for a PUBLIC one). */
    public void recordRead(Measure measure) {
        recordRead(measure.id, measure.classification);
    }

    /** Records that the caller is shown the measure with this id and classification (nothing for PUBLIC). */
    public void recordRead(UUID measureId, Classification classification) {
        accessLog.recordRead(ITEM_TYPE, measureId, classification);
    }

    /** Records each distinct measure a list shows once. */
    public void recordReads(Collection<Measure> measures) {
        measures.stream().distinct().forEach(this::recordRead);
    }

    /**
     * Narrows a query to the measures the caller may see; {@code measure} is the query's path to the
     * measure ("m", "measure"). No condition for a caller who sees everything.
     */
    public QueryFilter restrict(QueryFilter where, String measure) {
        return where.matching(measure + ".classification in :visibleClassifications", "visibleClassifications",
                seesAll() ? null : visible());
    }

    /** Whether the measure id names a measure the caller may not see (false for an unknown id). */
    public boolean hides(UUID measureId) {
        return measureId != null && !hiddenAmong(List.of(measureId)).isEmpty();
    }

    /** Those of the ids that name measures the caller may not see. */
    public Set<UUID> hiddenAmong(Collection<UUID> measureIds) {
        if (seesAll() || measureIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager.createQuery("select m.id from Measure m where m.id in :ids"
                + " and m.classification not in :visible", UUID.class)
                .setParameter("ids", measureIds).setParameter("visible", visible()).getResultList());
    }

    /** The ids without those of measures the caller may not see, in their order. */
    public List<UUID> visibleOf(Collection<UUID> measureIds) {
        Set<UUID> hidden = hiddenAmong(measureIds);
        return measureIds.stream().filter(id -> !hidden.contains(id)).toList();
    }

    private boolean seesAll() {
        return visible().size() == Classification.values().length;
    }

    private List<Classification> visible() {
        return Arrays.stream(Classification.values()).filter(clearance::covers).toList();
    }
}
