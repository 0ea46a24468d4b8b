package nl.iat.reporting.rest;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeSet;

import nl.iat.platform.problem.ProblemException;

/** Reads a {@code sort} query parameter: a field name, prefixed with "-" for descending order. */
final class SortParameter {

    private SortParameter() {
    }

    static <T> Comparator<T> comparator(String sort, Map<String, Comparator<T>> sortable) {
        boolean descending = sort.startsWith("-");
        Comparator<T> order = sortable.get(descending ? sort.substring(1) : sort);
        if (order == null) {
            throw ProblemException.invalid("sort", "must be one of " + new TreeSet<>(sortable.keySet())
                    + ", optionally prefixed with - for descending order");
        }
        return descending ? order.reversed() : order;
    }

    /** The field name of a sort parameter that names an SQL-sortable field, checked against the allowed ones. */
    static String field(String sort, java.util.Set<String> sortable) {
        String field = sort.startsWith("-") ? sort.substring(1) : sort;
        if (!sortable.contains(field)) {
            throw ProblemException.invalid("sort", "must be one of " + new TreeSet<>(sortable)
                    + ", optionally prefixed with - for descending order");
        }
        return field;
    }
}
