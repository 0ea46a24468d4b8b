package nl.iat.platform.paging;

import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Runs a Panache query for one page of a list and maps its entities to API views. */
public final class PanachePaging {

    private PanachePaging() {
    }

    public static <E, V> Page<V> page(PanacheQuery<E> query, PageRequest request, Function<E, V> view) {
        var items = query.page(io.quarkus.panache.common.Page.of(request.page - 1, request.pageSize)).list()
                .stream().map(view).toList();
        return Page.of(items, request, query.count());
    }
}
