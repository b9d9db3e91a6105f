package org.onlinemart.commons.paging;

/**
 * Which page of a list, from 0, of how many items: within the bounds every list endpoint has (DESIGN.md §3), and
 * never so far out that the first item's offset would not fit an int.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " is out of bounds");
        }
        if (page > lastPage(size)) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " starts beyond any list");
        }
    }

    /** The highest page number whose first item's offset still fits an int. */
    public static int lastPage(int size) {
        return Integer.MAX_VALUE / size;
    }

    /** The position of the page's first item in the whole list. */
    public int offset() {
        return page * size;
    }
}
