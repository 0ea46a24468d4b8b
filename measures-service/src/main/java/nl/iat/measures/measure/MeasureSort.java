package nl.iat.measures.measure;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders a list of measures can be sorted in. The id breaks ties so paging is stable; codes are
 * unique, so sorting by code needs no tie-breaker and can follow the indexes that end in code.
 */
public enum MeasureSort {
    CODE("code", "m.code"),
    TITLE("title", "m.title"),
    START_DATE("startDate", "m.startDate"),
    STATUS("status", "m.status"),
    REVIEW_DATE("reviewDate", "m.reviewDate"),
    CHANGED_AT("changedAt", "m.changedAt");

    private final String parameter;
    private final String path;

    MeasureSort(String parameter, String path) {
        this.parameter = parameter;
        this.path = path;
    }

    /** Parses "code" (ascending) or "-code" (descending). */
    public static Optional<String> orderBy(String sort) {
        boolean descending = sort.startsWith("-");
        String name = descending ? sort.substring(1) : sort;
        return Arrays.stream(values()).filter(s -> s.parameter.equals(name)).findFirst()
                .map(s -> s.path + (descending ? " desc nulls last" : " asc nulls last") + (s == CODE ? "" : ", m.id"));
    }

    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(s -> s.parameter).toList());
    }
}
