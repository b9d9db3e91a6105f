package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ClosedLoopTest {

    private static final long MS = 1_000_000;

    @Test
    void onlyCallsCompletedInTheWindowCountEachByItsOutcome() {
        Window window = new Window(100 * MS, 200 * MS);
        ClosedLoop.Tally tally = new ClosedLoop.Tally();
        tally.record(window, 90 * MS, 99 * MS, true, null); // warm-up
        tally.record(window, 95 * MS, 105 * MS, true, null); // started in the warm-up, counts: 10 ms
        tally.record(window, 110 * MS, 112 * MS, false, null);
        tally.record(window, 120 * MS, 121 * MS, false, new IOException("refused"));
        tally.record(window, 130 * MS, 131 * MS, false, new IOException("reset"));
        tally.record(window, 195 * MS, 201 * MS, true, null); // after the end

        Throughput total = ClosedLoop.total(1, window, List.of(tally));
        assertEquals(1, total.completed());
        assertEquals(1, total.refused());
        assertEquals(2, total.failed());
        assertEquals("java.io.IOException: refused", total.firstError());
        assertEquals(10.0, total.latency().p50(), 1e-9);
        assertEquals(10.0, total.perSecond(), 1e-9);
    }

    @Test
    void theTalliesOfAllThreadsAddUp() {
        Window window = new Window(0, 1_000 * MS);
        ClosedLoop.Tally one = new ClosedLoop.Tally();
        ClosedLoop.Tally two = new ClosedLoop.Tally();
        one.record(window, 0, 4 * MS, true, null);
        two.record(window, 0, 2 * MS, true, null);
        two.record(window, 3 * MS, 4 * MS, false, null);

        Throughput total = ClosedLoop.total(2, window, List.of(one, two));
        assertEquals(2, total.concurrency());
        assertEquals(2, total.completed());
        assertEquals(1, total.refused());
        assertNull(total.firstError());
        assertEquals(4.0, total.latency().max(), 1e-9);
    }

    @Test
    void itRunsEachWorkerInItsOwnThreadAndClosesIt() throws InterruptedException {
        AtomicInteger closed = new AtomicInteger();
        Throughput total =
                ClosedLoop.run(3, Duration.ofMillis(20), Duration.ofMillis(100), thread -> new ClosedLoop.Worker() {
                    @Override
                    public boolean call() throws InterruptedException {
                        Thread.sleep(1);
                        return true;
                    }

                    @Override
                    public void close() {
                        closed.incrementAndGet();
                    }
                });
        assertEquals(3, closed.get());
        assertEquals(3, total.concurrency());
        // three threads of about a call per millisecond (or two) for 100 ms
        assertTrue(total.completed() > 30 && total.completed() <= 300, "" + total.completed());
        assertEquals(0, total.failed());
    }
}
