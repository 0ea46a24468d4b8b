package nl.iat.measures.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.iat.measures.events.MeasureEventType;
import nl.iat.measures.measure.Measure;
import nl.iat.measures.measure.Milestone;
import nl.iat.platform.http.QueryParams;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.paging.PanachePaging;
import nl.iat.platform.paging.QueryFilter;
import nl.iat.platform.paging.SortOrder;
import nl.iat.platform.persistence.ReadOnlyTransaction;
import nl.iat.platform.problem.ProblemException;

/** Milestones of measures: part of the measure, so every change is a new measure version and event. */
@ApplicationScoped
public class MilestoneService {

    private static final Map<String, String> SORTABLE = Map.of("dueDate", "dueDate");

    @Inject
    MeasureChanges changes;

    @Inject
    MeasureVisibility visibility;

    @Inject
    Clock clock;

    /** The result of a milestone write: the milestone and the measure version it produced (the ETag). */
    public record Written(MilestoneView milestone, long measureVersion) {
    }

    @Transactional
    public Written add(UUID measureId, MilestoneInput input) {
        UUID id = UUID.randomUUID();
        Measure measure = changes.add(measureId, MeasureEventType.CHANGED, "milestone-added", m -> {
            MeasureChanges.requireOpen(m);
            Milestone milestone = new Milestone();
            milestone.id = id;
            milestone.measure = m;
            milestone.createdAt = changes.now();
            milestone.createdBy = changes.actor();
            copy(input, milestone);
            m.milestones.add(milestone);
        });
        return written(measure, id);
    }

    @Transactional
    public Written update(UUID measureId, UUID milestoneId, String ifMatch, MilestoneInput input) {
        Measure measure = changes.change(measureId, ifMatch, MeasureEventType.CHANGED, "milestone-changed", m -> {
            MeasureChanges.requireOpen(m);
            copy(input, milestoneOf(m, milestoneId));
        });
        return written(measure, milestoneId);
    }

    @ReadOnlyTransaction
    public Written get(UUID measureId, UUID milestoneId) {
        return written(visibility.read(measureId), milestoneId);
    }

    /** One measure's milestones by due date; 404 when the measure does not exist or is hidden. */
    @ReadOnlyTransaction
    public Page<MilestoneView> listOfMeasure(UUID measureId, PageRequest page) {
        visibility.read(measureId);
        MilestoneFilter filter = new MilestoneFilter();
        filter.measureId = measureId.toString();
        return find(filter, null, page, new ArrayList<>());
    }

    /**
     * Milestones across measures, by due date; {@code overdue} selects open ones past their due date.
     * Those of measures the caller may not see are left out.
     */
    @ReadOnlyTransaction
    public Page<MilestoneView> list(MilestoneFilter filter, String sort, PageRequest page) {
        List<Milestone> shown = new ArrayList<>();
        Page<MilestoneView> found = find(filter, sort, page, shown);
        visibility.recordReads(shown.stream().map(ms -> ms.measure).toList());
        return found;
    }

    /** One page of milestones of visible measures; adds those it returns to {@code shown}. */
    private Page<MilestoneView> find(MilestoneFilter filter, String sort, PageRequest page, List<Milestone> shown) {
        LocalDate today = LocalDate.now(clock);
        QueryFilter where = visibility.restrict(new QueryFilter(), "measure")
                .equal("measure.id", "measure", QueryParams.uuid("measureId", filter.measureId))
                .yesNo(QueryParams.bool("overdue", filter.overdue), "(doneOn is null and dueDate < :today)",
                        "(doneOn is not null or dueDate >= :today)", Map.of("today", today))
                .yesNo(QueryParams.bool("done", filter.done), "doneOn is not null", "doneOn is null", Map.of());
        return PanachePaging.page(Milestone.<Milestone>find(where.query(),
                SortOrder.parse(sort, SORTABLE, "dueDate", "id"), where.parameters()), page, ms -> {
                    shown.add(ms);
                    return MilestoneView.of(ms, today);
                });
    }

    private Written written(Measure measure, UUID milestoneId) {
        return new Written(MilestoneView.of(milestoneOf(measure, milestoneId), LocalDate.now(clock)), measure.version);
    }

    private static Milestone milestoneOf(Measure measure, UUID milestoneId) {
        return measure.milestone(milestoneId)
                .orElseThrow(() -> ProblemException.notFound("Milestone", milestoneId + " of measure " + measure.id));
    }

    private void copy(MilestoneInput input, Milestone milestone) {
        if (input.doneOn() != null && input.doneOn().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("doneOn", "must not be in the future");
        }
        milestone.title = input.title().strip();
        milestone.dueDate = input.dueDate();
        milestone.doneOn = input.doneOn();
    }
}
