package nl.iat.measures.events;

import java.util.Comparator;
import java.util.List;

import nl.iat.measures.measure.AssessmentRevision;
import nl.iat.measures.measure.Measure;
import nl.iat.measures.measure.Milestone;
import nl.iat.measures.organisation.Organisation;

/** Takes the event state of a measure, in a stable order so that equal measures give equal JSON. */
public final class MeasureStates {

    private MeasureStates() {
    }

    public static MeasureState of(Measure m) {
        return new MeasureState(m.id, m.code, m.title, m.frameworkCode, m.interventionAreaCode,
                m.priorityLineCode, m.approach.name(), m.nature.name(), m.leadOrganisation.id,
                m.leadOrganisation.name,
                m.partners.stream().sorted(Comparator.comparing((Organisation o) -> o.name)).map(o -> o.id).toList(),
                m.startDate, m.endDate, m.status.name(), m.previousStatus == null ? null : m.previousStatus.name(),
                m.statusReason, assessment(m.assessment), milestones(m.milestones),
                List.copyOf(m.parliamentaryPapers), m.classification.name(), m.effectiveOn, m.version, m.changedAt, m.changedBy);
    }

    private static MeasureState.Assessment assessment(AssessmentRevision a) {
        if (a == null) {
            return null;
        }
        return new MeasureState.Assessment(a.impactLevel.name(),
                a.fundamentalRights.stream().map(Enum::name).toList(), a.legalBasis, a.justification,
                a.dpiaReference, a.reviewDate, a.complete());
    }

    private static List<MeasureState.MilestoneState> milestones(List<Milestone> milestones) {
        return milestones.stream()
                .sorted(Comparator.comparing((Milestone ms) -> ms.dueDate).thenComparing(ms -> ms.createdAt))
                .map(ms -> new MeasureState.MilestoneState(ms.id, ms.title, ms.dueDate, ms.done(), ms.doneOn))
                .toList();
    }
}
