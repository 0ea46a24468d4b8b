package nl.iat.reporting.totals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.iat.reporting.measures.MeasureState;

/**
 * What reports group money and measure counts by. Money on the priority-line dimension follows the
 * budget line it was allocated from; every other dimension follows the measure's own data.
 */
public enum Dimension {

    TOTAL("total", true),
    INTERVENTION_AREA("intervention-areas", true),
    PRIORITY_LINE("priority-lines", true),
    LEAD_ORGANISATION("lead-organisations", true),
    APPROACH("approaches", true),
    NATURE("natures", true),
    IMPACT_LEVEL("impact-levels", false);

    /** Key of money allocated to a measure whose first event has not arrived yet. */
    public static final String UNKNOWN = "UNKNOWN";
    /** Key of a measure without a priority line (a continuation) or without an assessment. */
    public static final String NONE = "NONE";

    private final String pathName;
    private final boolean carriesMoney;

    Dimension(String pathName, boolean carriesMoney) {
        this.pathName = pathName;
        this.carriesMoney = carriesMoney;
    }

    public String pathName() {
        return pathName;
    }

    public boolean carriesMoney() {
        return carriesMoney;
    }

    /** The dimensions a breakdown can be asked for, by their path names. */
    public static List<Dimension> breakdowns() {
        return Arrays.stream(values()).filter(d -> d != TOTAL).toList();
    }

    public static Optional<Dimension> fromPathName(String name) {
        return breakdowns().stream().filter(d -> d.pathName.equals(name)).findFirst();
    }

    /** The group a measure counts in. */
    public String countKey(MeasureState measure) {
        return switch (this) {
            case TOTAL -> "TOTAL";
            case INTERVENTION_AREA -> measure.interventionAreaCode();
            case PRIORITY_LINE -> measure.priorityLineCode() == null ? NONE : measure.priorityLineCode();
            case LEAD_ORGANISATION -> measure.leadOrganisationId();
            case APPROACH -> measure.approach();
            case NATURE -> measure.nature();
            case IMPACT_LEVEL -> measure.impactLevel() == null ? NONE : measure.impactLevel();
        };
    }

    /** The group money allocated to a measure counts in, for the dimensions that follow the measure. */
    public String moneyKey(MeasureState measure) {
        if (this == TOTAL) {
            return "TOTAL";
        }
        return measure == null ? UNKNOWN : countKey(measure);
    }

    /** Whether money follows the measure's data (and moves when the measure changes). */
    public boolean moneyFollowsMeasure() {
        return carriesMoney && this != TOTAL && this != PRIORITY_LINE;
    }

    /** The SQL expression over {@code measure_version} that yields this dimension's count key. */
    public String sqlKey() {
        return switch (this) {
            case TOTAL -> "'TOTAL'";
            case INTERVENTION_AREA -> "intervention_area_code";
            case PRIORITY_LINE -> "coalesce(priority_line_code, '" + NONE + "')";
            case LEAD_ORGANISATION -> "lead_organisation_id";
            case APPROACH -> "approach";
            case NATURE -> "nature";
            case IMPACT_LEVEL -> "coalesce(impact_level, '" + NONE + "')";
        };
    }
}
