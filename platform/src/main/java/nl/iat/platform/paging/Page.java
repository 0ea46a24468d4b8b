package nl.iat.platform.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with what a client needs to fetch the others. */
public record Page<T>(
        @Schema(description = "The items on this page") List<T> items,
        @Schema(description = "This page's number, starting at 1", example = "1") int page,
        @Schema(description = "Items per page", example = "20") int pageSize,
        @Schema(description = "Number of items over all pages", example = "42") long totalItems,
        @Schema(description = "Number of pages", example = "3") long totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        long pages = (totalItems + request.pageSize - 1) / request.pageSize;
        return new Page<>(items, request.page, request.pageSize, totalItems, pages);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, pageSize, totalItems, totalPages);
    }
}
