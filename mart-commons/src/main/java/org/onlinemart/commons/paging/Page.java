package org.onlinemart.commons.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list answer: the items, which page of what size, and how many there are in all. */
public record Page<T>(
        List<T> items,

        @Schema(description = "Which page this is, from 0", examples = "0")
        int page,

        @Schema(description = "Items per page, as asked for", examples = "20")
        int size,

        @Schema(description = "How many items there are in all pages", examples = "1")
        long total) {

    public Page {
        items = List.copyOf(items);
    }

    /** The page's items as the given request asked for them, of {@code total} in all. */
    public static <T> Page<T> of(PageRequest request, List<T> items, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** The same page with each item mapped. */
    public <R> Page<R> map(Function<? super T, R> mapper) {
        return withItems(items.stream().map(mapper).toList());
    }

    /** The same page with other items in their place, for mappings that look at the whole page at once. */
    public <R> Page<R> withItems(List<R> others) {
        return new Page<>(others, page, size, total);
    }
}
