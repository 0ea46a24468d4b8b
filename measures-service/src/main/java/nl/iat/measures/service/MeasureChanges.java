package nl.iat.measures.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.iat.platform.security.CurrentActor;
import nl.iat.platform.security.OrganisationScope;
import nl.iat.measures.events.MeasureEventType;
import nl.iat.measures.events.MeasureEvents;
import nl.iat.measures.events.MeasureState;
import nl.iat.measures.events.MeasureStates;
import nl.iat.measures.measure.Measure;
import nl.iat.measures.measure.MeasureStatus;
import nl.iat.platform.http.EntityTags;
import nl.iat.platform.problem.ProblemException;

/**
 * The one way a measure changes: lock its row, check the client's ETag, apply the change, raise
 * the version, and in the same transaction write the audit entry and the event with the full new
 * state. Two writers with the same ETag take turns on the lock; the second sees a newer version
 * and gets 412, so exactly one wins.
 */
@ApplicationScoped
public class MeasureChanges {

    @Inject
    MeasureAudit audit;

    @Inject
    MeasureEvents events;

    @Inject
    CurrentActor actor;

    @Inject
    OrganisationScope scope;

    @Inject
    MeasureVisibility visibility;

    @Inject
    Clock clock;

    /** A change that requires the client's If-Match. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Measure change(UUID id, String ifMatch, MeasureEventType type, String action, Consumer<Measure> change) {
        Measure measure = lockForWrite(id);
        EntityTags.requireMatch(ifMatch, measure.version);
        return apply(measure, type, action, change);
    }

    /** A change that creates something inside the measure (a milestone): no ETag needed, still one at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Measure add(UUID id, MeasureEventType type, String action, Consumer<Measure> change) {
        return apply(lockForWrite(id), type, action, change);
    }

    /** Records version 1 of a newly persisted measure; the caller is shown it, so that is a read too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registered(Measure measure) {
        record(MeasureEventType.REGISTERED, "registered", null, measure);
        visibility.recordRead(measure);
    }

    /**
     * Renames an organisation and re-issues the state of every open measure it leads, so readers of
     * the events (reports by lead organisation) show the new name. Ended measures keep the record
     * they ended with. The states before are taken first: the measures share the organisation
     * entity, so after the rename they would already show the new name.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void renameLeadOrganisation(UUID organisationId, Runnable rename) {
        List<Measure> measures = Measure.findOpenLedByForUpdate(organisationId);
        List<MeasureState> before = measures.stream().map(MeasureStates::of).toList();
        rename.run();
        for (int i = 0; i < measures.size(); i++) {
            Measure measure = measures.get(i);
            measure.touch(actor.id(), now());
            record(MeasureEventType.CHANGED, "lead organisation renamed", before.get(i), measure);
        }
    }

    public String actor() {
        return actor.id();
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Refuses changes to the data of a measure that has ended: its record is final. */
    public static void requireOpen(Measure measure) {
        if (measure.status == MeasureStatus.COMPLETED || measure.status == MeasureStatus.CANCELLED) {
            throw ProblemException.conflict("Measure " + measure.code + " is " + measure.status
                    + "; the data and milestones of an ended measure cannot change");
        }
    }

    /**
     * Locks the measure the caller may write: only its lead organisation's editors and coordinating
     * callers change it, and its milestones too, which partners report to the lead (ADR 0015). A measure
     * the caller may not see is a 404 before anything else, so no 403 or 412 tells that it exists (ADR 0016).
     */
    private Measure lockForWrite(UUID id) {
        Measure measure = visibility.requireVisible(Measure.findForUpdate(id).orElse(null), id);
        scope.requireOwnerOf("Measure " + measure.code, measure.leadOrganisation.id);
        return measure;
    }

    /**
     * Refuses what the input sets that the caller may not decide: a lead organisation other than its own
     * (an editor registers and keeps measures of its own) and a classification above its clearance.
     */
    public void requireSettable(MeasureInput input) {
        scope.requireSettable("leadOrganisationId", input.leadOrganisationId());
        if (input.classification() != null) {
            visibility.requireSettable(input.classification());
        }
    }

    private Measure apply(Measure measure, MeasureEventType type, String action, Consumer<Measure> change) {
        MeasureState before = MeasureStates.of(measure);
        change.accept(measure);
        measure.touch(actor.id(), now());
        record(type, action, before, measure);
        visibility.recordRead(measure);
        return measure;
    }

    private void record(MeasureEventType type, String action, MeasureState before, Measure measure) {
        MeasureState after = MeasureStates.of(measure);
        audit.record(action, before, after);
        events.publish(type, after);
    }
}
