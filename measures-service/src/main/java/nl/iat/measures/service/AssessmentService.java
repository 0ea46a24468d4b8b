package nl.iat.measures.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.iat.measures.events.MeasureEventType;
import nl.iat.measures.measure.AssessmentRevision;
import nl.iat.measures.measure.Measure;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.paging.PanachePaging;
import nl.iat.platform.paging.SortOrder;
import nl.iat.platform.problem.ProblemException;

/** Proportionality assessments: each set or revision is a new revision; the old ones are kept. */
@ApplicationScoped
public class AssessmentService {

    private static final Map<String, String> SORTABLE = Map.of("revision", "revision");

    @Inject
    MeasureChanges changes;

    @Inject
    MeasureVisibility visibility;

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
        Measure measure = visibility.read(measureId);
        if (measure.assessment == null) {
            throw new ProblemException(404, "Not Found", "Measure " + measureId + " has no proportionality assessment yet");
        }
        return new Current(AssessmentView.of(measure.assessment), measure.version);
    }

    @Transactional
    public Page<AssessmentView> revisions(UUID measureId, String sort, PageRequest page) {
        visibility.read(measureId);
        return PanachePaging.page(AssessmentRevision.<AssessmentRevision>find("measure.id",
                SortOrder.parse(sort, SORTABLE, "revision", "id"), measureId), page, AssessmentView::of);
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
