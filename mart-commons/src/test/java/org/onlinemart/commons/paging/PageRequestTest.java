package org.onlinemart.commons.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void aPageStartsWherePagesBeforeItEnd() {
        assertEquals(0, new PageRequest(0, 20).offset());
        assertEquals(60, new PageRequest(3, 20).offset());
    }

    @Test
    void theLastPageIsTheOneWhoseOffsetStillFitsAnInt() {
        int last = PageRequest.lastPage(100);

        assertEquals(Integer.MAX_VALUE - Integer.MAX_VALUE % 100, new PageRequest(last, 100).offset());
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(last + 1, 100));
    }

    @Test
    void pagesAndSizesOutsideTheBoundsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(-1, 20));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, PageRequest.MAX_SIZE + 1));
    }

    @Test
    void aPageKeepsWhatWasAskedForAndMapsItsItems() {
        Page<Integer> page = Page.of(new PageRequest(2, 3), List.of(7, 8, 9), 11);

        assertEquals(new Page<>(List.of("7", "8", "9"), 2, 3, 11), page.map(String::valueOf));
    }
}
