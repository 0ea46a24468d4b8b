package nl.iat.budget.service;

import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.iat.budget.envelope.Envelope;
import nl.iat.budget.events.BudgetEvents;
import nl.iat.budget.line.BudgetLine;
import nl.iat.budget.line.BusinessDates;
import nl.iat.budget.line.LineRules;
import nl.iat.platform.http.EntityTags;
import nl.iat.platform.http.QueryParams;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.paging.PanachePaging;
import nl.iat.platform.paging.QueryFilter;
import nl.iat.platform.paging.SortOrder;
import nl.iat.platform.problem.ProblemException;

/** Funding envelopes: one per fiscal year, never below the sum of that year's lines. */
@ApplicationScoped
public class EnvelopeService {

    private static final String EFFECTIVE_ON = "effectiveOn";
    private static final Map<String, String> SORTABLE = Map.of("fiscalYear", "fiscalYear", "amountCents", "amountCents");

    @Inject
    EntityManager entityManager;

    @Inject
    BudgetEvents events;

    @Inject
    ChangeLog changeLog;

    @Transactional
    public EnvelopeView create(EnvelopeRequest request, String actor) {
        var now = Timestamps.now();
        LocalDate today = Timestamps.today();
        LocalDate effectiveOn = BusinessDates.orToday(request.effectiveOn(), today);
        BusinessDates.requireEnvelopeStart(EFFECTIVE_ON, effectiveOn, request.fiscalYear(), today);
        // insert-or-nothing, so two concurrent creates of one year give one envelope and one 409
        int inserted = entityManager.createNativeQuery("""
                insert into envelope (fiscal_year, amount_cents, budget_article, version, created_at, created_by,
                                      changed_at, changed_by, established_on, effective_on)
                values (?1, ?2, ?3, 1, ?4, ?5, ?4, ?5, ?6, ?6) on conflict (fiscal_year) do nothing""")
                .setParameter(1, request.fiscalYear())
                .setParameter(2, request.amountCents())
                .setParameter(3, request.budgetArticle())
                .setParameter(4, now)
                .setParameter(5, actor)
                .setParameter(6, effectiveOn)
                .executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("An envelope for fiscal year " + request.fiscalYear()
                    + " already exists; change it with PUT and its ETag");
        }
        Envelope envelope = Envelope.findById(request.fiscalYear());
        EnvelopeView view = EnvelopeView.of(envelope);
        changeLog.record(ChangeLog.ENVELOPE, envelope.eventKey(), envelope.version, actor, now, null, view);
        events.envelopeSet(envelope, null);
        return view;
    }

    @Transactional
    public EnvelopeView update(int fiscalYear, String ifMatch, EnvelopeUpdate update, String actor) {
        Envelope envelope = Envelope.lock(fiscalYear);
        if (envelope == null) {
            throw ProblemException.notFound("Envelope for fiscal year", fiscalYear);
        }
        EntityTags.requireMatch(ifMatch, envelope.version);
        LocalDate today = Timestamps.today();
        LocalDate effectiveOn = BusinessDates.orToday(update.effectiveOn(), today);
        BusinessDates.requireEnvelopeAmendment(EFFECTIVE_ON, effectiveOn, envelope, today);
        LineRules.requireEnvelopeHoldsLines(BudgetLine.linedCents(fiscalYear), update.amountCents());
        EnvelopeView before = EnvelopeView.of(envelope);
        long previousAmount = envelope.amountCents;
        envelope.amountCents = update.amountCents();
        envelope.budgetArticle = update.budgetArticle();
        envelope.effectiveOn = effectiveOn;
        envelope.version++;
        envelope.changedAt = Timestamps.now();
        envelope.changedBy = actor;
        EnvelopeView after = EnvelopeView.of(envelope);
        changeLog.record(ChangeLog.ENVELOPE, envelope.eventKey(), envelope.version, actor, envelope.changedAt,
                before, after);
        events.envelopeSet(envelope, previousAmount);
        return after;
    }

    public EnvelopeView get(int fiscalYear) {
        Envelope envelope = Envelope.findById(fiscalYear);
        if (envelope == null) {
            throw ProblemException.notFound("Envelope for fiscal year", fiscalYear);
        }
        return EnvelopeView.of(envelope);
    }

    public Page<EnvelopeView> list(EnvelopeFilter filter, PageRequest page, String sort) {
        QueryFilter where = new QueryFilter()
                .atLeast("fiscalYear", "from", QueryParams.integer("fiscalYearFrom", filter.fiscalYearFrom))
                .atMost("fiscalYear", "to", QueryParams.integer("fiscalYearTo", filter.fiscalYearTo));
        return PanachePaging.page(Envelope.<Envelope>find(where.query(),
                SortOrder.parse(sort, SORTABLE, "fiscalYear", "fiscalYear"), where.parameters()), page, EnvelopeView::of);
    }
}
