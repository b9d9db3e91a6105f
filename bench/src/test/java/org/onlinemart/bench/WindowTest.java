package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WindowTest {

    @Test
    void aCallCountsWhenItCompletesFromTheStartUpToButNotAtTheEnd() {
        Window window = new Window(1_000, 3_000);
        assertFalse(window.counts(999));
        assertTrue(window.counts(1_000));
        assertTrue(window.counts(2_999));
        assertFalse(window.counts(3_000));
        assertTrue(window.open(2_999));
        assertFalse(window.open(3_000));
        assertEquals(2e-6, window.seconds(), 1e-12);
    }

    @Test
    void nanoTimeMayWrapAround() {
        Window window = new Window(Long.MAX_VALUE - 10, Long.MAX_VALUE + 10);
        assertTrue(window.counts(Long.MAX_VALUE + 5));
        assertFalse(window.counts(Long.MAX_VALUE - 11));
    }

    @Test
    void aWindowMustEndAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new Window(5, 5));
    }

    @Test
    void theCpuLineIsReadAsBusyAndTotalJiffies() {
        // user nice system idle iowait irq softirq steal guest guest_nice: guest is inside user already
        long[] ticks = Window.ticks("cpu  100 5 50 800 40 3 2 0 70 0");
        assertArrayEquals(new long[] {160, 1000}, ticks);
        assertThrows(IllegalArgumentException.class, () -> Window.ticks("cpu0 1 2 3 4 5"));
    }

    @Test
    void busyCoresAreTheBusyShareTimesTheCores() {
        assertEquals(1.5, Window.busyCores(new long[] {100, 1000}, new long[] {850, 2000}, 2), 1e-9);
        assertTrue(Double.isNaN(Window.busyCores(null, new long[] {1, 2}, 2)));
        assertTrue(Double.isNaN(Window.busyCores(new long[] {1, 2}, new long[] {1, 2}, 2)));
    }
}
