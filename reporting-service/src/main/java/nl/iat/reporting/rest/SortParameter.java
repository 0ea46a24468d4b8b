package nl.iat.reporting.rest;

import java.util.Comparator;
import java.util.Map;

import nl.iat.platform.paging.SortOrder;

/** Orders report rows sorted in memory by the {@code sort} parameter, parsed as every list's ({@link SortOrder}). */
final class SortParameter {

    private SortParameter() {
    }

    static <T> Comparator<T> comparator(String sort, Map<String, Comparator<T>> sortable, String fallback) {
        Comparator<T> order = null;
        for (SortOrder.Field field : SortOrder.fields(sort, sortable.keySet(), fallback)) {
            Comparator<T> next = field.descending() ? sortable.get(field.name()).reversed() : sortable.get(field.name());
            order = order == null ? next : order.thenComparing(next);
        }
        return order;
    }
}
