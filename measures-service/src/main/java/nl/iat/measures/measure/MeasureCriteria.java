package nl.iat.measures.measure;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a client can narrow the list of measures by; null means "any". {@code organisationId}
 * matches the lead and the partners, {@code text} a part of the code or title;
 * {@code reviewOverdue} compares the review date with today.
 */
public record MeasureCriteria(String frameworkCode, String interventionAreaCode, String priorityLineCode,
        Approach approach, Nature nature, MeasureStatus status, UUID organisationId, ImpactLevel impactLevel,
        String text, LocalDate reviewDueBefore, Boolean reviewOverdue, Boolean overdueMilestones) {
}
