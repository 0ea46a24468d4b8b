package nl.iat.measures.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import nl.iat.measures.events.MotionState;
import nl.iat.measures.events.ParliamentStates;
import nl.iat.measures.parliament.FulfilmentStatus;
import nl.iat.measures.parliament.Motion;
import nl.iat.measures.parliament.MotionDecision;
import nl.iat.measures.parliament.RecordEffectiveOn;
import nl.iat.platform.http.QueryParams;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.paging.PanachePaging;
import nl.iat.platform.paging.QueryFilter;
import nl.iat.platform.persistence.ReadOnlyTransaction;
import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.ProblemException;

/** Entering, reading and changing motions and their follow-up by hand (the import: {@link ParliamentImportService}). */
@ApplicationScoped
public class MotionService {

    @Inject
    ParliamentChanges changes;

    @Inject
    ParliamentAudit audit;

    @Inject
    UniqueWrites unique;

    @Transactional
    public MotionView create(MotionInput input) {
        changes.requireKeeper();
        Motion motion = new Motion();
        motion.id = UUID.randomUUID();
        requireValid(input, null);
        requireFreeNumber(input.number(), motion.id);
        copy(input, motion);
        motion.effectiveOn = RecordEffectiveOn.forCreation(input.effectiveOn(), changes.today());
        changes.motionRecorded("created", null, motion);
        unique.flushOrConflict("A motion with number " + motion.number + " already exists");
        return view(motion);
    }

    @ReadOnlyTransaction
    public MotionView get(UUID id) {
        return view(find(id));
    }

    @ReadOnlyTransaction
    public Page<MotionView> list(MotionFilter filter, PageRequest page) {
        UUID measureId = QueryParams.uuid("measureId", filter.measureId);
        if (changes.hidden(measureId)) {
            return Page.of(List.of(), page, 0);
        }
        QueryFilter where = new QueryFilter()
                .equal("decision", "decision", QueryParams.enumValue("decision", filter.decision, MotionDecision.class))
                .equal("followUpStatus", "followUpStatus",
                        QueryParams.enumValue("followUpStatus", filter.followUpStatus, FulfilmentStatus.class))
                .matching(":measureId member of measureIds", "measureId", measureId);
        return PanachePaging.page(Motion.<Motion>find(where.query(), Sort.by("number"), where.parameters()), page,
                this::view);
    }

    @Transactional
    public MotionView update(UUID id, String ifMatch, MotionInput input) {
        changes.requireKeeper();
        Motion motion = changes.lockMotion(id, ifMatch);
        MotionState before = ParliamentStates.of(motion);
        requireValid(input, motion.followUpStatus);
        requireFreeNumber(input.number(), motion.id);
        copy(input, motion);
        motion.effectiveOn = RecordEffectiveOn.forChange(input.effectiveOn(), motion.effectiveOn, changes.today());
        changes.motionRecorded("changed", before, motion);
        unique.flushOrConflict("A motion with number " + motion.number + " already exists");
        return view(motion);
    }

    @ReadOnlyTransaction
    public Page<ParliamentHistoryEntryView> history(UUID id, PageRequest page) {
        find(id);
        return audit.page(id, page);
    }

    private static void requireValid(MotionInput input, FulfilmentStatus current) {
        if (input.decidedOn() != null && input.decision() == null) {
            throw ProblemException.invalid("decidedOn", "only with a decision");
        }
        if (input.followUpStatus() == FulfilmentStatus.UNKNOWN && current != FulfilmentStatus.UNKNOWN) {
            throw ProblemException.unprocessable("Follow-up status UNKNOWN is not given by hand",
                    List.of(new InvalidParam("followUpStatus", "must be OPEN, FULFILLED, PARTLY_FULFILLED or LAPSED")));
        }
    }

    private void copy(MotionInput input, Motion m) {
        ParliamentChanges.replace(m.measureIds, changes.links(m.measureIds, input.links()));
        if (!m.submitters.equals(input.names())) {
            m.submitters.clear();
            m.submitters.addAll(input.names());
        }
        m.number = input.number().strip();
        m.dossierNumber = input.dossierNumber().strip();
        m.volgnummer = input.volgnummer();
        m.title = input.title().strip();
        m.subject = CommitmentService.blankToNull(input.subject());
        m.submittedOn = input.submittedOn();
        m.cabinetAppreciation = CommitmentService.blankToNull(input.cabinetAppreciation());
        m.decision = input.decision();
        m.decidedOn = input.decidedOn();
        m.followUpStatus = input.followUpStatus();
        m.reportedIn = CommitmentService.blankToNull(input.reportedIn());
        m.illustrative = Boolean.TRUE.equals(input.illustrative());
    }

    private static void requireFreeNumber(String number, UUID self) {
        if (Motion.numberTaken(number.strip(), self)) {
            throw ProblemException.conflict("A motion with number " + number.strip() + " already exists");
        }
    }

    static Motion find(UUID id) {
        Motion motion = Motion.findById(id);
        if (motion == null) {
            throw ProblemException.notFound("Motion", id);
        }
        return motion;
    }

    private MotionView view(Motion motion) {
        return MotionView.of(motion, changes.visibleLinks(motion.measureIds));
    }
}
