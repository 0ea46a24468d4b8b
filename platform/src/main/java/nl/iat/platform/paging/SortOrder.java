package nl.iat.platform.paging;

import java.util.Map;

import io.quarkus.panache.common.Sort;
import nl.iat.platform.problem.ProblemException;

/**
 * Parses the {@code sort} query parameter every list shares: comma-separated API field names, a
 * leading {@code -} for descending (e.g. {@code -fiscalYear,title}). Only the fields a list
 * declares sortable are accepted, so a client can never sort on (or probe) an internal column.
 */
public final class SortOrder {

    public static final String PARAMETER = "sort";

    private SortOrder() {
    }

    /**
     * @param sort     the query parameter, may be null or blank
     * @param sortable API field name to entity attribute
     * @param fallback the order when the client gives none, in the same syntax
     * @param tieBreak entity attribute appended last so paging is stable
     */
    public static Sort parse(String sort, Map<String, String> sortable, String fallback, String tieBreak) {
        String effective = sort == null || sort.isBlank() ? fallback : sort;
        Sort result = null;
        for (String part : effective.split(",")) {
            String field = part.trim();
            boolean descending = field.startsWith("-");
            String name = descending ? field.substring(1) : field;
            String attribute = sortable.get(name);
            if (attribute == null) {
                throw ProblemException.invalid(PARAMETER,
                        "'" + name + "' is not sortable; use one of " + String.join(", ", sortable.keySet())
                                + ", optionally prefixed by - for descending");
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(attribute, direction) : result.and(attribute, direction);
        }
        return result.and(tieBreak);
    }
}
