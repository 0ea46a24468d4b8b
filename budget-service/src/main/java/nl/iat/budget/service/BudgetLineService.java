package nl.iat.budget.service;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.iat.budget.envelope.Envelope;
import nl.iat.budget.events.BudgetEvents;
import nl.iat.budget.line.BudgetLine;
import nl.iat.budget.line.BusinessDates;
import nl.iat.budget.line.LineRules;
import nl.iat.budget.line.PriorityLine;
import nl.iat.platform.http.EntityTags;
import nl.iat.platform.http.QueryParams;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.paging.PanachePaging;
import nl.iat.platform.paging.QueryFilter;
import nl.iat.platform.paging.SortOrder;
import nl.iat.platform.persistence.ReadOnlyTransaction;
import nl.iat.platform.problem.ProblemException;
import nl.iat.platform.security.Classification;
import nl.iat.platform.security.Clearance;
import nl.iat.platform.security.OrganisationScope;

/**
 * Budget lines. The lines of a year never exceed its envelope: every change that could raise their
 * sum locks the envelope row first (then the line), so concurrent writers are checked one by one.
 */
@ApplicationScoped
public class BudgetLineService {

    private static final String EFFECTIVE_ON = "effectiveOn";
    private static final String OWNER = "ownerOrganisationId";
    private static final String CLASSIFICATION = "classification";
    private static final Map<String, String> SORTABLE = Map.of(
            "fiscalYear", "fiscalYear", "priorityLineCode", "priorityLineCode", "title", "title",
            "amountCents", "amountCents", "allocatedCents", "allocatedCents", "createdAt", "createdAt");

    @Inject
    BudgetEvents events;

    @Inject
    OrganisationScope scope;

    @Inject
    ChangeLog changeLog;

    @Inject
    Clearance clearance;

    @Inject
    Visibility visibility;

    @Transactional
    public BudgetLineView create(BudgetLineRequest request, String actor) {
        scope.requireSettable(OWNER, request.ownerOrganisationId());
        Classification classification = request.classification() == null ? Classification.PUBLIC
                : request.classification();
        clearance.requireSettable(CLASSIFICATION, classification);
        requireKnownPriorityLine(request.priorityLineCode());
        Envelope envelope = Envelope.lock(request.fiscalYear());
        if (envelope == null) {
            throw ProblemException.invalid("fiscalYear", "no envelope exists for fiscal year " + request.fiscalYear());
        }
        LocalDate today = Timestamps.today();
        LocalDate effectiveOn = BusinessDates.orToday(request.effectiveOn(), today);
        BusinessDates.requireLineStart(EFFECTIVE_ON, effectiveOn, envelope, today);
        LineRules.requireRoomInEnvelope(envelope, BudgetLine.linedCents(envelope.fiscalYear), request.amountCents());
        BudgetLine line = new BudgetLine();
        line.budgetLineId = UUID.randomUUID();
        line.fiscalYear = envelope.fiscalYear;
        line.priorityLineCode = request.priorityLineCode();
        line.title = request.title();
        line.ownerOrganisationId = request.ownerOrganisationId();
        line.amountCents = request.amountCents();
        line.classification = classification;
        line.establishedOn = effectiveOn;
        line.effectiveOn = effectiveOn;
        line.version = 1;
        line.createdAt = Timestamps.now();
        line.createdBy = actor;
        line.changedAt = line.createdAt;
        line.changedBy = actor;
        line.persist();
        BudgetLineView view = BudgetLineView.of(line);
        changeLog.record(ChangeLog.BUDGET_LINE, line.budgetLineId.toString(), line.version, actor, line.changedAt,
                null, view);
        events.budgetLineSet(line, null);
        return view;
    }

    @Transactional
    public BudgetLineView update(UUID budgetLineId, String ifMatch, BudgetLineUpdate update, String actor) {
        // only the year is read before locking: an entity loaded before its lock would keep stale state
        int fiscalYear = BudgetLine.fiscalYearOf(budgetLineId)
                .orElseThrow(() -> ProblemException.notFound("Budget line", budgetLineId));
        // lock order everywhere: envelope, then line
        Envelope envelope = Envelope.lock(fiscalYear);
        // a line the caller may not see is unknown to it: no owner, version or amount check may tell otherwise
        BudgetLine line = visibility.lockedLine(budgetLineId);
        scope.requireOwnerOf("Budget line " + budgetLineId, line.ownerOrganisationId);
        // a controller keeps its line: handing it to another organisation is the coordinators' decision
        scope.requireSettable(OWNER, update.ownerOrganisationId());
        // left out, the classification stays: a forgotten field must not declassify the line
        Classification classification = update.classification() == null ? line.classification
                : update.classification();
        clearance.requireSettable(CLASSIFICATION, classification);
        EntityTags.requireMatch(ifMatch, line.version);
        LocalDate today = Timestamps.today();
        LocalDate effectiveOn = BusinessDates.orToday(update.effectiveOn(), today);
        BusinessDates.requireLineChange(EFFECTIVE_ON, effectiveOn, envelope, line, today);
        LineRules.requireLineHoldsAllocations(line, update.amountCents());
        LineRules.requireRoomInEnvelope(envelope, BudgetLine.linedCents(fiscalYear),
                update.amountCents() - line.amountCents);
        BudgetLineView before = BudgetLineView.of(line);
        long previousAmount = line.amountCents;
        line.title = update.title();
        line.ownerOrganisationId = update.ownerOrganisationId();
        line.amountCents = update.amountCents();
        line.classification = classification;
        line.effectiveOn = effectiveOn;
        line.nextVersion();
        line.changedAt = Timestamps.now();
        line.changedBy = actor;
        BudgetLineView after = BudgetLineView.of(line);
        changeLog.record(ChangeLog.BUDGET_LINE, line.budgetLineId.toString(), line.version, actor, line.changedAt,
                before, after);
        events.budgetLineSet(line, previousAmount);
        return after;
    }

    @ReadOnlyTransaction
    public BudgetLineView get(UUID budgetLineId) {
        return read(visibility.line(budgetLineId));
    }

    /** Only the lines the caller may see; the classified ones on the page are recorded as read. */
    @ReadOnlyTransaction
    public Page<BudgetLineView> list(BudgetLineFilter filter, PageRequest page, String sort) {
        QueryFilter where = new QueryFilter()
                .equal("fiscalYear", "fiscalYear", QueryParams.integer("fiscalYear", filter.fiscalYear))
                .equal("priorityLineCode", "priorityLineCode", filter.priorityLineCode)
                .equal("ownerOrganisationId", "ownerOrganisationId", QueryParams.uuid("ownerOrganisationId", filter.ownerOrganisationId));
        visibility.visibleOnly(where, Visibility.LINE);
        return PanachePaging.page(BudgetLine.<BudgetLine>find(where.query(),
                SortOrder.parse(sort, SORTABLE, "fiscalYear,priorityLineCode", "budgetLineId"), where.parameters()),
                page, line -> read(line));
    }

    private BudgetLineView read(BudgetLine line) {
        visibility.recordRead(Visibility.BUDGET_LINE, line.budgetLineId, line.classification);
        return BudgetLineView.of(line);
    }

    private static void requireKnownPriorityLine(String code) {
        if (PriorityLine.findById(code) == null) {
            String known = PriorityLine.<PriorityLine>listAll().stream().map(p -> p.code).sorted()
                    .collect(Collectors.joining(", "));
            throw ProblemException.invalid("priorityLineCode", "unknown priority line; use one of " + known);
        }
    }
}
