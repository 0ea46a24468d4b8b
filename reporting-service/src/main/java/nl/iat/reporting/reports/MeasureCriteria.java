package nl.iat.reporting.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.iat.platform.paging.QueryFilter;

/** What a list of measures is filtered by; null means no filter. */
public record MeasureCriteria(String status, String interventionAreaCode, String priorityLineCode, String approach,
        String nature, String leadOrganisationId, String impactLevel, Boolean assessmentComplete,
        LocalDate reviewDateBefore, Boolean open) {

    public static final MeasureCriteria ALL = new MeasureCriteria(null, null, null, null, null, null, null, null, null, null);

    /** Statuses of measures still running: their reviews and milestones can be overdue. */
    public static final List<String> OPEN_STATUSES = List.of("PROPOSED", "APPROVED", "IN_PROGRESS");

    /** The conditions over measure_version and their named parameters. */
    public QueryFilter sql() {
        return new QueryFilter()
                .equal("status", "status", status)
                .equal("intervention_area_code", "interventionAreaCode", interventionAreaCode)
                .equal("priority_line_code", "priorityLineCode", priorityLineCode)
                .equal("approach", "approach", approach)
                .equal("nature", "nature", nature)
                .equal("lead_organisation_id", "leadOrganisationId", leadOrganisationId)
                .equal("impact_level", "impactLevel", impactLevel)
                .yesNo(assessmentComplete, "assessment_complete", "not coalesce(assessment_complete, false)", Map.of())
                .matching("review_date < :reviewDateBefore", "reviewDateBefore", reviewDateBefore)
                .yesNo(open, "status in (:openStatuses)", "not status in (:openStatuses)", Map.of("openStatuses", OPEN_STATUSES));
    }
}
