package nl.iat.measures.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import nl.iat.measures.events.CommitmentState;
import nl.iat.measures.events.ParliamentStates;
import nl.iat.measures.parliament.Commitment;
import nl.iat.measures.parliament.FulfilmentStatus;
import nl.iat.measures.parliament.RecordEffectiveOn;
import nl.iat.platform.http.QueryParams;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.paging.PanachePaging;
import nl.iat.platform.paging.QueryFilter;
import nl.iat.platform.persistence.ReadOnlyTransaction;
import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.ProblemException;

/** Entering, reading and changing commitments to parliament by hand (the import: {@link ParliamentImportService}). */
@ApplicationScoped
public class CommitmentService {

    @Inject
    ParliamentChanges changes;

    @Inject
    ParliamentAudit audit;

    @Inject
    UniqueWrites unique;

    @Transactional
    public CommitmentView create(CommitmentInput input) {
        changes.requireKeeper();
        Commitment commitment = new Commitment();
        commitment.id = UUID.randomUUID();
        requireKnownStatus(input.status(), null);
        requireFreeNumber(input.number(), commitment.id);
        copy(input, commitment);
        commitment.effectiveOn = RecordEffectiveOn.forCreation(input.effectiveOn(), changes.today());
        changes.commitmentRecorded("created", null, commitment);
        unique.flushOrConflict("A commitment with number " + commitment.number + " already exists");
        return view(commitment);
    }

    @ReadOnlyTransaction
    public CommitmentView get(UUID id) {
        return view(find(id));
    }

    @ReadOnlyTransaction
    public Page<CommitmentView> list(CommitmentFilter filter, PageRequest page) {
        UUID measureId = QueryParams.uuid("measureId", filter.measureId);
        if (changes.hidden(measureId)) {
            return Page.of(List.of(), page, 0);
        }
        LocalDate today = changes.today();
        QueryFilter where = new QueryFilter()
                .equal("status", "status", QueryParams.enumValue("status", filter.status, FulfilmentStatus.class))
                .yesNo(QueryParams.bool("overdue", filter.overdue), "(status = :open and dueDate < :today)",
                        "(status <> :open or dueDate is null or dueDate >= :today)",
                        Map.of("open", FulfilmentStatus.OPEN, "today", today))
                .matching(":measureId member of measureIds", "measureId", measureId);
        return PanachePaging.page(Commitment.<Commitment>find(where.query(), Sort.by("number"), where.parameters()), page,
                c -> CommitmentView.of(c, today, changes.visibleLinks(c.measureIds)));
    }

    @Transactional
    public CommitmentView update(UUID id, String ifMatch, CommitmentInput input) {
        changes.requireKeeper();
        Commitment commitment = changes.lockCommitment(id, ifMatch);
        CommitmentState before = ParliamentStates.of(commitment);
        requireKnownStatus(input.status(), commitment.status);
        requireFreeNumber(input.number(), commitment.id);
        copy(input, commitment);
        commitment.effectiveOn = RecordEffectiveOn.forChange(input.effectiveOn(), commitment.effectiveOn, changes.today());
        changes.commitmentRecorded("changed", before, commitment);
        unique.flushOrConflict("A commitment with number " + commitment.number + " already exists");
        return view(commitment);
    }

    @ReadOnlyTransaction
    public Page<ParliamentHistoryEntryView> history(UUID id, PageRequest page) {
        find(id);
        return audit.page(id, page);
    }

    private void copy(CommitmentInput input, Commitment c) {
        ParliamentChanges.replace(c.measureIds, changes.links(c.measureIds, input.links()));
        c.number = input.number().strip();
        c.text = input.text().strip();
        c.status = input.status();
        c.madeOn = input.madeOn();
        c.dueDate = input.dueDate();
        c.fulfilledBy = blankToNull(input.fulfilledBy());
        c.ministry = blankToNull(input.ministry());
        c.minister = blankToNull(input.minister());
        c.activityNumber = blankToNull(input.activityNumber());
        c.illustrative = Boolean.TRUE.equals(input.illustrative());
    }

    /** UNKNOWN stands for a portal status the suite does not know: an import sets it, a client can only keep it. */
    static void requireKnownStatus(FulfilmentStatus requested, FulfilmentStatus current) {
        if (requested == FulfilmentStatus.UNKNOWN && current != FulfilmentStatus.UNKNOWN) {
            throw ProblemException.unprocessable("Status UNKNOWN is given by an import only, for a portal status the"
                    + " suite does not know", List.of(new InvalidParam("status", "must be OPEN, FULFILLED, PARTLY_FULFILLED or LAPSED")));
        }
    }

    private static void requireFreeNumber(String number, UUID self) {
        if (Commitment.numberTaken(number.strip(), self)) {
            throw ProblemException.conflict("A commitment with number " + number.strip() + " already exists");
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static Commitment find(UUID id) {
        Commitment commitment = Commitment.findById(id);
        if (commitment == null) {
            throw ProblemException.notFound("Commitment", id);
        }
        return commitment;
    }

    private CommitmentView view(Commitment commitment) {
        return CommitmentView.of(commitment, changes.today(), changes.visibleLinks(commitment.measureIds));
    }
}
