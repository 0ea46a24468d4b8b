package nl.iat.measures.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.iat.measures.events.MeasureEventType;
import nl.iat.measures.measure.AssessmentRevision;
import nl.iat.measures.measure.Measure;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.problem.ProblemException;

/** Proportionality assessments: each set or revision is a new revision; the old ones are kept. */
@ApplicationScoped
public class AssessmentService {

    @Inject
    MeasureChanges changes;

    /** The current assessment and the measure version it belongs to (the ETag). */
    public record Current(AssessmentView assessment, long measureVersion) {
    }

    @Transactional
    public Current revise(UUID measureId, String ifMatch, AssessmentInput input) {
        Measure measure = changes.change(measureId, ifMatch, MeasureEventType.ASSESSMENT_REVISED, "assessment-revised", m -> {
            AssessmentRevision revision = revision(m, input);
            if (m.status.approvedOrLater()) {
                // An approved measure must keep satisfying the rule it was approved under.
                MeasureService.requireCompleteAssessment(revision);
            }
            revision.persist();
            m.useAssessment(revision);
        });
        return new Current(AssessmentView.of(measure.assessment), measure.version);
    }

    @Transactional
    public Current current(UUID measureId) {
        Measure measure = MeasureService.find(measureId);
        if (measure.assessment == null) {
            throw new ProblemException(404, "Not Found", "Measure " + measureId + " has no proportionality assessment yet");
        }
        return new Current(AssessmentView.of(measure.assessment), measure.version);
    }

    @Transactional
    public Page<AssessmentView> revisions(UUID measureId, boolean newestFirst, PageRequest page) {
        MeasureService.find(measureId);
        var found = AssessmentRevision.<AssessmentRevision>find("measure.id = ?1 order by revision "
                + (newestFirst ? "desc" : "asc"), measureId);
        List<AssessmentView> items = found.page(page.page - 1, page.pageSize).list().stream()
                .map(AssessmentView::of).toList();
        return Page.of(items, page, found.count());
    }

    private AssessmentRevision revision(Measure measure, AssessmentInput input) {
        AssessmentRevision revision = new AssessmentRevision();
        revision.id = UUID.randomUUID();
        revision.measure = measure;
        revision.revision = measure.assessment == null ? 1 : measure.assessment.revision + 1;
        revision.impactLevel = input.impactLevel();
        revision.fundamentalRights = List.copyOf(input.fundamentalRights().stream().distinct().toList());
        revision.legalBasis = blankToNull(input.legalBasis());
        revision.justification = blankToNull(input.justification());
        revision.dpiaReference = blankToNull(input.dpiaReference());
        revision.reviewDate = input.reviewDate();
        revision.assessedAt = changes.now();
        revision.assessedBy = changes.actor();
        return revision;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
