package org.onlinemart.commons.rest;

import java.util.List;
import java.util.function.Function;

/** One page of a list answer: the items, which page of what size, and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final String DEFAULT_SIZE = "20";
    public static final int MAX_SIZE = 100;

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** The offset of this page's first item. */
    public static int offset(int page, int size) {
        return Math.multiplyExact(page, size);
    }
}
