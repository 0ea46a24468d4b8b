package nl.iat.measures.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.iat.platform.security.CurrentActor;
import nl.iat.platform.security.OrganisationScope;
import nl.iat.measures.events.CommitmentState;
import nl.iat.measures.events.MotionState;
import nl.iat.measures.events.ParliamentEvents;
import nl.iat.measures.events.ParliamentStates;
import nl.iat.measures.measure.EffectiveOnRules;
import nl.iat.measures.parliament.Commitment;
import nl.iat.measures.parliament.Motion;
import nl.iat.measures.parliament.ParliamentRecord;
import nl.iat.measures.parliament.RecordKind;
import nl.iat.platform.http.EntityTags;
import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.ProblemException;

/**
 * The one way a commitment or motion is recorded, by hand or by an import: lock its row (ETag check for a
 * change by hand), raise the version, and in the same transaction write the history entry and the event with
 * the full new state (as {@link MeasureChanges} does for measures). Also checks the links to measures.
 */
@ApplicationScoped
public class ParliamentChanges {

    @Inject
    ParliamentAudit audit;

    @Inject
    ParliamentEvents events;

    @Inject
    CurrentActor actor;

    @Inject
    OrganisationScope scope;

    @Inject
    EntityManager entityManager;

    @Inject
    MeasureVisibility visibility;

    @Inject
    Clock clock;

    /**
     * Commitments and motions are the minister's register, kept by the coordinating organisation for the
     * whole suite, not records of the organisations whose measures answer them (ADR 0015).
     */
    public void requireKeeper() {
        scope.requireCoordinating("The register of commitments and motions to parliament");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Commitment lockCommitment(UUID id, String ifMatch) {
        return requireMatch(Commitment.findForUpdate(id), "Commitment", id, ifMatch);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Motion lockMotion(UUID id, String ifMatch) {
        return requireMatch(Motion.findForUpdate(id), "Motion", id, ifMatch);
    }

    /**
     * Records version 1 of a new commitment (persisting it: Hibernate inserts the state it has when persisted,
     * so it is stamped first), or its next version after a change (before: its state until now).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void commitmentRecorded(String action, CommitmentState before, Commitment commitment) {
        events.commitmentSet(recorded(RecordKind.COMMITMENT, action, before, commitment, ParliamentStates::of));
    }

    /** As {@link #commitmentRecorded}, for a motion. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void motionRecorded(String action, MotionState before, Motion motion) {
        events.motionSet(recorded(RecordKind.MOTION, action, before, motion, ParliamentStates::of));
    }

    /**
     * The links a record gets: the requested measures, each of which must exist and be visible to the caller
     * (422 naming each other one as {@code measureIds[i]}, as for an unknown id), and the current links to
     * measures the caller may not see, which it could neither read nor send back and so does not remove.
     */
    public Set<UUID> links(Set<UUID> current, List<UUID> requested) {
        Set<UUID> known = new HashSet<>(entityManager.createQuery("select m.id from Measure m where m.id in :ids", UUID.class)
                .setParameter("ids", requested.isEmpty() ? List.of(new UUID(0, 0)) : requested).getResultList());
        known.removeAll(visibility.hiddenAmong(known));
        List<InvalidParam> unknown = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            if (!known.contains(requested.get(i))) {
                unknown.add(new InvalidParam("measureIds[" + i + "]", "no measure " + requested.get(i)));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable("The record links to measures that do not exist", unknown);
        }
        Set<UUID> links = new LinkedHashSet<>(requested);
        links.addAll(visibility.hiddenAmong(current));
        return links;
    }

    /** The linked measures the caller may see, in id order: links to hidden measures are left out of views. */
    public List<UUID> visibleLinks(Set<UUID> links) {
        return visibility.visibleOf(links.stream().sorted().toList());
    }

    /** Whether a filter names a measure the caller may not see: then nothing links to it as far as the caller knows. */
    public boolean hidden(UUID measureId) {
        return visibility.hides(measureId);
    }

    /** Replaces a link set only when it differs, so an unchanged record writes nothing. */
    public static void replace(Set<UUID> links, Collection<UUID> wanted) {
        if (!links.equals(new HashSet<>(wanted))) {
            links.clear();
            links.addAll(wanted);
        }
    }

    public String actor() {
        return actor.id();
    }

    public LocalDate today() {
        return EffectiveOnRules.today(clock);
    }

    private static <R extends ParliamentRecord> R requireMatch(Optional<R> locked, String kind, UUID id, String ifMatch) {
        R record = locked.orElseThrow(() -> ProblemException.notFound(kind, id));
        EntityTags.requireMatch(ifMatch, record.version);
        return record;
    }

    /** Stamps and audits the record's new version; returns its state for the event. */
    private <R extends ParliamentRecord, S> S recorded(RecordKind kind, String action, S before, R record,
            Function<R, S> stateOf) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (before == null) {
            record.create(actor(), now);
            record.persist();
        } else {
            record.touch(actor(), now);
        }
        S after = stateOf.apply(record);
        audit.record(kind, action, before, after, record);
        return after;
    }
}
