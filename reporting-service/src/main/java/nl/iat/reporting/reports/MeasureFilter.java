package nl.iat.reporting.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a list of measures is filtered by; null means no filter. */
public record MeasureFilter(String status, String interventionAreaCode, String priorityLineCode, String approach,
        String nature, String leadOrganisationId, String impactLevel, Boolean assessmentComplete,
        LocalDate reviewDateBefore, Boolean open) {

    public static final MeasureFilter ALL = new MeasureFilter(null, null, null, null, null, null, null, null, null, null);

    /** Statuses of measures still running: their reviews and milestones can be overdue. */
    public static final List<String> OPEN_STATUSES = List.of("PROPOSED", "APPROVED", "IN_PROGRESS");

    /** SQL conditions over measure_version and their named parameters. */
    public record Sql(String where, Map<String, Object> parameters) {
    }

    public Sql sql() {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        equal(conditions, parameters, "status", status);
        equal(conditions, parameters, "intervention_area_code", interventionAreaCode);
        equal(conditions, parameters, "priority_line_code", priorityLineCode);
        equal(conditions, parameters, "approach", approach);
        equal(conditions, parameters, "nature", nature);
        equal(conditions, parameters, "lead_organisation_id", leadOrganisationId);
        equal(conditions, parameters, "impact_level", impactLevel);
        if (assessmentComplete != null) {
            conditions.add(assessmentComplete ? "assessment_complete" : "not coalesce(assessment_complete, false)");
        }
        if (reviewDateBefore != null) {
            conditions.add("review_date < :reviewDateBefore");
            parameters.put("reviewDateBefore", reviewDateBefore);
        }
        if (open != null) {
            conditions.add((open ? "" : "not ") + "status in (:openStatuses)");
            parameters.put("openStatuses", OPEN_STATUSES);
        }
        return new Sql(conditions.stream().map(c -> " and " + c).reduce("", String::concat), parameters);
    }

    private static void equal(List<String> conditions, Map<String, Object> parameters, String column, String value) {
        if (value != null) {
            conditions.add(column + " = :" + column);
            parameters.put(column, value);
        }
    }
}
