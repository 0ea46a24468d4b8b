package nl.iat.measures.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.iat.measures.events.MeasureEventType;
import nl.iat.measures.measure.AssessmentRevision;
import nl.iat.measures.measure.EffectiveOnRules;
import nl.iat.measures.measure.Measure;
import nl.iat.measures.measure.MeasureHistoryEntry;
import nl.iat.measures.measure.MeasureSearch;
import nl.iat.measures.measure.MeasureSort;
import nl.iat.measures.measure.MeasureStatus;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.persistence.ReadOnlyTransaction;
import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.ProblemException;

/** Registering, reading, changing and moving measures through their lifecycle. */
@ApplicationScoped
public class MeasureService {

    @Inject
    MeasureChanges changes;

    @Inject
    MeasureReferences references;

    @Inject
    MeasureSearch search;

    @Inject
    MeasureAudit audit;

    @Inject
    MeasureVisibility visibility;

    @Inject
    UniqueWrites unique;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public MeasureView register(MeasureInput input) {
        changes.requireSettable(input);
        Measure measure = new Measure();
        measure.id = UUID.randomUUID();
        references.apply(input, measure);
        measure.effectiveOn = EffectiveOnRules.forRegistration(input.effectiveOn(), EffectiveOnRules.today(clock));
        measure.code = input.code() != null ? requireFreeCode(input.code()) : generateCode(input.startDate());
        measure.status = MeasureStatus.PROPOSED;
        measure.version = 1;
        measure.createdBy = changes.actor();
        measure.createdAt = changes.now();
        measure.changedBy = measure.createdBy;
        measure.changedAt = measure.createdAt;
        measure.persist();
        unique.flushOrConflict("A measure with code " + measure.code + " already exists");
        changes.registered(measure);
        return view(measure);
    }

    @ReadOnlyTransaction
    public MeasureView get(UUID id) {
        return view(visibility.read(id));
    }

    @ReadOnlyTransaction
    public Page<MeasureSummaryView> list(MeasureFilter filter, String sort, PageRequest page) {
        MeasureSearch.Result result = search.search(filter.criteria(), where -> visibility.restrict(where, "m"), MeasureSort.orderBy(sort), page.offset(),
                page.pageSize, today());
        result.measures().forEach(row -> visibility.recordRead(row.id(), row.classification()));
        return Page.of(result.measures().stream().map(MeasureSummaryView::of).toList(), page, result.total());
    }

    @Transactional
    public MeasureView update(UUID id, String ifMatch, MeasureInput input) {
        Measure measure = changes.change(id, ifMatch, MeasureEventType.CHANGED, "changed", m -> {
            MeasureChanges.requireOpen(m);
            changes.requireSettable(input);
            if (input.code() != null && !input.code().equalsIgnoreCase(m.code)) {
                m.code = requireFreeCode(input.code());
            } else if (input.code() != null) {
                m.code = input.code();
            }
            references.apply(input, m);
            m.effectiveOn = EffectiveOnRules.forDataChange(input.effectiveOn(), m.effectiveOn, EffectiveOnRules.today(clock));
        });
        unique.flushOrConflict("A measure with code " + measure.code + " already exists");
        return view(measure);
    }

    @Transactional
    public MeasureView transition(UUID id, String ifMatch, StatusTransitionInput input) {
        return view(changes.change(id, ifMatch, MeasureEventType.STATUS_CHANGED, "status-changed", m -> {
            if (!m.status.canBecome(input.status())) {
                throw new ProblemException(409, "Conflict", "A measure in status " + m.status + " cannot become "
                        + input.status() + "; allowed: " + m.status.allowedNext(), List.of(),
                        m.status.allowedNext().stream().map(Enum::name).toList());
            }
            if (input.status() == MeasureStatus.APPROVED) {
                requireCompleteAssessment(m.assessment);
            }
            m.effectiveOn = EffectiveOnRules.forTransition(input.effectiveOn(), m.effectiveOn, EffectiveOnRules.today(clock));
            m.previousStatus = m.status;
            m.status = input.status();
            m.statusReason = input.reason().strip();
        }));
    }

    @ReadOnlyTransaction
    public Page<HistoryEntryView> history(UUID id, PageRequest page) {
        visibility.read(id);
        List<HistoryEntryView> entries = MeasureHistoryEntry.<MeasureHistoryEntry>find("measureId = ?1 order by version", id)
                .page(page.page - 1, page.pageSize).list().stream().map(audit::view).toList();
        return Page.of(entries, page, MeasureHistoryEntry.count("measureId", id));
    }

    /** A HIGH impact assessment must be complete before the measure can be approved. */
    static void requireCompleteAssessment(AssessmentRevision assessment) {
        if (assessment == null || assessment.complete()) {
            return;
        }
        List<InvalidParam> missing = assessment.missingForApproval().stream()
                .map(field -> new InvalidParam("assessment." + field, "is required for a HIGH impact assessment"))
                .toList();
        throw ProblemException.unprocessable("A measure with a HIGH impact assessment needs "
                + String.join(", ", assessment.missingForApproval()) + " before it can be approved", missing);
    }

    MeasureView view(Measure measure) {
        return MeasureView.of(measure, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String requireFreeCode(String code) {
        if (Measure.codeTaken(code)) {
            throw ProblemException.conflict("A measure with code " + code + " already exists");
        }
        return code;
    }

    /** IAT-<start year>-<number>; the sequence is shared, so numbers are unique across years. */
    private String generateCode(LocalDate startDate) {
        String code;
        do {
            Number next = (Number) entityManager.createNativeQuery("select nextval('measure_code_seq')").getSingleResult();
            code = String.format("IAT-%d-%03d", startDate.getYear(), next.longValue());
        } while (Measure.codeTaken(code));
        return code;
    }
}
