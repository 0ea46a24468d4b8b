package nl.iat.platform.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

    /** One field of a parsed sort, by its API name. */
    public record Field(String name, boolean descending) {
    }

    private SortOrder() {
    }

    /**
     * @param sort     the query parameter, may be null or blank
     * @param sortable API field name to entity attribute
     * @param fallback the order when the client gives none, in the same syntax
     * @param tieBreak entity attribute appended last so paging is stable; null when every sortable field is unique
     */
    public static Sort parse(String sort, Map<String, String> sortable, String fallback, String tieBreak) {
        Sort result = null;
        for (Field field : fields(sort, sortable.keySet(), fallback)) {
            String attribute = sortable.get(field.name());
            Sort.Direction direction = field.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(attribute, direction) : result.and(attribute, direction);
        }
        return tieBreak == null ? result : result.and(tieBreak);
    }

    /**
     * The fields of a sort, checked against the sortable ones, for a list that is not a Panache query
     * (native SQL, or rows sorted in memory).
     */
    public static List<Field> fields(String sort, Collection<String> sortable, String fallback) {
        String effective = sort == null || sort.isBlank() ? fallback : sort;
        List<Field> fields = new ArrayList<>();
        for (String part : effective.split(",")) {
            String field = part.trim();
            boolean descending = field.startsWith("-");
            String name = descending ? field.substring(1) : field;
            if (!sortable.contains(name)) {
                throw ProblemException.invalid(PARAMETER,
                        "'" + name + "' is not sortable; use one of " + String.join(", ", sortable)
                                + ", optionally prefixed by - for descending");
            }
            fields.add(new Field(name, descending));
        }
        return fields;
    }
}
