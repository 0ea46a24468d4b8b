package nl.iat.measures.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.iat.measures.events.CommitmentState;
import nl.iat.measures.events.MotionState;
import nl.iat.measures.events.ParliamentStates;
import nl.iat.measures.parliament.Commitment;
import nl.iat.measures.parliament.FulfilmentStatus;
import nl.iat.measures.parliament.Motion;
import nl.iat.measures.parliament.PortalRecords.PortalCommitment;
import nl.iat.measures.parliament.PortalRecords.PortalMotion;
import nl.iat.measures.parliament.PortalStatuses;
import nl.iat.measures.parliament.RecordEffectiveOn;
import nl.iat.measures.parliament.RecordKind;
import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.ProblemException;

/**
 * Writes one imported record in a transaction of its own: created when the portal's Id is new, updated when the
 * portal's data differs from what the suite has, else unchanged (nothing written, no event). The import owns the
 * portal's fields; what the ministry keeps (linked measures, the illustrative flag, a motion's follow-up) stays.
 * A commitment's status follows the portal's only when the portal's status changes, so an editor's reading of an
 * UNKNOWN status is kept until the portal says something new.
 */
@ApplicationScoped
public class ParliamentRecordImport {

    public enum Result {
        CREATED, UPDATED, UNCHANGED
    }

    public record Outcome(Result result, ImportResultView.Imported record) {
    }

    @Inject
    ParliamentChanges changes;

    @Inject
    UniqueWrites unique;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome commitment(PortalCommitment portal, int index) {
        Commitment existing = Commitment.findByPortalIdForUpdate(portal.portalId()).orElse(null);
        Commitment commitment = existing != null ? existing : newCommitment(portal.portalId());
        CommitmentState before = existing == null ? null : ParliamentStates.of(existing);
        requireFreeNumber(Commitment.numberTaken(portal.number(), commitment.id), "commitment", portal.number());
        copy(portal, commitment);
        Result result = existing == null ? Result.CREATED
                : before.equals(ParliamentStates.of(commitment)) ? Result.UNCHANGED : Result.UPDATED;
        if (result != Result.UNCHANGED) {
            commitment.effectiveOn = RecordEffectiveOn.forImport(portal.changedOn(),
                    existing == null ? null : existing.effectiveOn, changes.today());
            changes.commitmentRecorded(result == Result.CREATED ? "created-by-import" : "changed-by-import", before, commitment);
            unique.flushOrConflict("A commitment with number " + portal.number() + " already exists");
        }
        return new Outcome(result, new ImportResultView.Imported(index, RecordKind.COMMITMENT, commitment.id,
                commitment.portalId, commitment.number, commitment.version, commitment.status == FulfilmentStatus.UNKNOWN));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome motion(PortalMotion portal, int index) {
        Motion existing = Motion.findByPortalIdForUpdate(portal.portalId()).orElse(null);
        Motion motion = existing != null ? existing : newMotion(portal.portalId());
        MotionState before = existing == null ? null : ParliamentStates.of(existing);
        LocalDate submittedBefore = motion.submittedOn;
        requireFreeNumber(Motion.numberTaken(portal.number(), motion.id), "motion", portal.number());
        copy(portal, motion);
        // submittedOn is kept and shown, though not part of the event's state
        boolean same = existing != null && before.equals(ParliamentStates.of(motion))
                && Objects.equals(submittedBefore, motion.submittedOn);
        Result result = existing == null ? Result.CREATED : same ? Result.UNCHANGED : Result.UPDATED;
        if (result != Result.UNCHANGED) {
            motion.effectiveOn = RecordEffectiveOn.forImport(portal.changedOn(),
                    existing == null ? null : existing.effectiveOn, changes.today());
            changes.motionRecorded(result == Result.CREATED ? "created-by-import" : "changed-by-import", before, motion);
            unique.flushOrConflict("A motion with number " + portal.number() + " already exists");
        }
        return new Outcome(result, new ImportResultView.Imported(index, RecordKind.MOTION, motion.id, motion.portalId,
                motion.number, motion.version, false));
    }

    private static Commitment newCommitment(String portalId) {
        Commitment commitment = new Commitment();
        commitment.id = UUID.randomUUID();
        commitment.portalId = portalId;
        commitment.illustrative = false;
        return commitment;
    }

    private static Motion newMotion(String portalId) {
        Motion motion = new Motion();
        motion.id = UUID.randomUUID();
        motion.portalId = portalId;
        motion.followUpStatus = FulfilmentStatus.OPEN;
        motion.illustrative = false;
        return motion;
    }

    /** A number held by another record (one entered by hand, say) refuses the portal's record: which is right is for a person. */
    private static void requireFreeNumber(boolean taken, String what, String number) {
        if (taken) {
            throw new ProblemException(409, "Conflict", "Another " + what + " has number " + number
                    + " (entered by hand?); change or remove that one first", List.of(
                            new InvalidParam("Nummer", "is the number of another " + what)), List.of());
        }
    }

    private static void copy(PortalCommitment p, Commitment c) {
        if (c.portalStatus == null && c.status == null || !Objects.equals(c.portalStatus, p.portalStatus())) {
            c.status = PortalStatuses.of(p.portalStatus());
        }
        c.portalStatus = p.portalStatus();
        c.number = p.number();
        c.text = p.text();
        c.madeOn = p.madeOn();
        c.dueDate = p.dueDate();
        c.fulfilledBy = p.fulfilledBy();
        c.ministry = p.ministry();
        c.minister = p.minister();
        c.activityNumber = p.activityNumber();
    }

    private static void copy(PortalMotion p, Motion m) {
        if (!m.submitters.equals(p.submitters())) {
            m.submitters.clear();
            m.submitters.addAll(p.submitters());
        }
        m.number = p.number();
        m.dossierNumber = p.dossierNumber();
        m.volgnummer = p.volgnummer();
        m.title = p.title();
        m.subject = p.subject();
        m.submittedOn = p.submittedOn();
        m.cabinetAppreciation = p.cabinetAppreciation();
        m.decision = p.decision();
        m.decidedOn = p.decidedOn();
    }
}
