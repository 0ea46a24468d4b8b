package nl.iat.measures.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.iat.measures.config.CurrentActor;
import nl.iat.measures.events.CommitmentState;
import nl.iat.measures.events.MotionState;
import nl.iat.measures.events.ParliamentEvents;
import nl.iat.measures.events.ParliamentStates;
import nl.iat.measures.measure.EffectiveOnRules;
import nl.iat.measures.parliament.Commitment;
import nl.iat.measures.parliament.Motion;
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
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public Commitment lockCommitment(UUID id, String ifMatch) {
        Commitment commitment = Commitment.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Commitment", id));
        EntityTags.requireMatch(ifMatch, commitment.version);
        return commitment;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Motion lockMotion(UUID id, String ifMatch) {
        Motion motion = Motion.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Motion", id));
        EntityTags.requireMatch(ifMatch, motion.version);
        return motion;
    }

    /**
     * Records version 1 of a new commitment (persisting it: Hibernate inserts the state it has when persisted,
     * so it is stamped first), or its next version after a change (before: its state until now).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void commitmentRecorded(String action, CommitmentState before, Commitment commitment) {
        stamp(commitment, before == null);
        if (before == null) {
            commitment.persist();
        }
        CommitmentState after = ParliamentStates.of(commitment);
        audit.record(new ParliamentAudit.Version(RecordKind.COMMITMENT, commitment.id, action, before, after),
                after.version(), after.changedBy(), after.changedAt(), after.effectiveOn());
        events.commitmentSet(after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void motionRecorded(String action, MotionState before, Motion motion) {
        stamp(motion, before == null);
        if (before == null) {
            motion.persist();
        }
        MotionState after = ParliamentStates.of(motion);
        audit.record(new ParliamentAudit.Version(RecordKind.MOTION, motion.id, action, before, after),
                after.version(), after.changedBy(), after.changedAt(), after.effectiveOn());
        events.motionSet(after);
    }

    /** Every linked measure must exist: 422 naming each unknown one as {@code measureIds[i]}. */
    public Set<UUID> requireMeasures(List<UUID> measureIds) {
        Set<UUID> existing = new HashSet<>(entityManager.createQuery("select m.id from Measure m where m.id in :ids", UUID.class)
                .setParameter("ids", measureIds.isEmpty() ? List.of(new UUID(0, 0)) : measureIds).getResultList());
        List<InvalidParam> unknown = new ArrayList<>();
        for (int i = 0; i < measureIds.size(); i++) {
            if (!existing.contains(measureIds.get(i))) {
                unknown.add(new InvalidParam("measureIds[" + i + "]", "no measure " + measureIds.get(i)));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable("The record links to measures that do not exist", unknown);
        }
        return new LinkedHashSet<>(measureIds);
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

    private void stamp(Commitment commitment, boolean created) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (created) {
            commitment.version = 1;
            commitment.createdAt = now;
            commitment.createdBy = actor();
            commitment.changedAt = now;
            commitment.changedBy = commitment.createdBy;
        } else {
            commitment.touch(actor(), now);
        }
    }

    private void stamp(Motion motion, boolean created) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (created) {
            motion.version = 1;
            motion.createdAt = now;
            motion.createdBy = actor();
            motion.changedAt = now;
            motion.changedBy = motion.createdBy;
        } else {
            motion.touch(actor(), now);
        }
    }
}
