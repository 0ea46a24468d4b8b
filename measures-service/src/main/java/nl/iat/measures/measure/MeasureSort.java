package nl.iat.measures.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.panache.common.Sort;
import nl.iat.platform.paging.SortOrder;

/**
 * The fields a list of measures can be sorted on, parsed by {@link SortOrder} like every list. The
 * id breaks ties so paging is stable; codes are unique, so sorting by code needs no tie-breaker and
 * can follow the indexes that end in code.
 */
public final class MeasureSort {

    private static final Map<String, String> SORTABLE = Map.of("code", "m.code", "title", "m.title",
            "startDate", "m.startDate", "status", "m.status", "reviewDate", "m.reviewDate", "changedAt", "m.changedAt");

    private MeasureSort() {
    }

    /** The JPQL order-by clause of the {@code sort} parameter (code when left out), nulls last. */
    public static String orderBy(String sort) {
        List<String> columns = new ArrayList<>();
        for (Sort.Column column : SortOrder.parse(sort, SORTABLE, "code", "m.id").getColumns()) {
            columns.add(column.getName() + (column.getDirection() == Sort.Direction.Descending ? " desc" : " asc") + " nulls last");
            if (column.getName().equals("m.code")) {
                break;
            }
        }
        return String.join(", ", columns);
    }
}
