package nl.iat.measures.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import nl.iat.measures.events.MeasureEventType;
import nl.iat.measures.measure.Measure;
import nl.iat.measures.measure.Milestone;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.problem.ProblemException;

/** Milestones of measures: part of the measure, so every change is a new measure version and event. */
@ApplicationScoped
public class MilestoneService {

    @Inject
    MeasureChanges changes;

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

    @Transactional
    public Written get(UUID measureId, UUID milestoneId) {
        return written(MeasureService.find(measureId), milestoneId);
    }

    @Transactional
    public void requireMeasure(UUID measureId) {
        MeasureService.find(measureId);
    }

    /** Milestones across measures, by due date; {@code overdue} selects open ones past their due date. */
    @Transactional
    public Page<MilestoneView> list(UUID measureId, Boolean overdue, Boolean done, String sort, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (measureId != null) {
            conditions.add("measure.id = :measure");
            params.put("measure", measureId);
        }
        if (overdue != null) {
            conditions.add(overdue ? "doneOn is null and dueDate < :today" : "(doneOn is not null or dueDate >= :today)");
            params.put("today", today);
        }
        if (done != null) {
            conditions.add(done ? "doneOn is not null" : "doneOn is null");
        }
        String query = conditions.isEmpty() ? "from Milestone" : "from Milestone where " + String.join(" and ", conditions);
        Sort order = sort.startsWith("-") ? Sort.descending("dueDate") : Sort.ascending("dueDate");
        var found = Milestone.<Milestone>find(query, order.and("id"), params);
        List<MilestoneView> items = found.page(page.page - 1, page.pageSize).list().stream()
                .map(ms -> MilestoneView.of(ms, today)).toList();
        return Page.of(items, page, found.count());
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
