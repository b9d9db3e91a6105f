package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KafkaFloorTest {

    private static final long MS = 1_000_000;

    @Test
    void aReplyIsMatchedByItsKeyAndCountsOnlyInTheWindow() {
        KafkaFloor.RoundTrips trips = new KafkaFloor.RoundTrips(new Window(100 * MS, 200 * MS), "r1-");
        String early = trips.sent(10 * MS);
        String first = trips.sent(98 * MS);
        String second = trips.sent(150 * MS);
        assertNotEquals(first, second);
        assertEquals(3, trips.outstanding());

        assertTrue(trips.replied(early, 99 * MS), "in the warm-up, the next request follows but is not counted");
        assertTrue(trips.replied(first, 101 * MS));
        assertFalse(trips.replied(second, 203 * MS), "the window is over: no request follows");
        assertEquals(0, trips.outstanding());
        assertEquals(1, trips.completed());
        assertEquals(3.0, trips.summary().p50(), 1e-9);
    }

    @Test
    void aReplyToNoRequestOfOursIsIgnored() {
        KafkaFloor.RoundTrips trips = new KafkaFloor.RoundTrips(new Window(0, 100 * MS), "r64-");
        trips.sent(1 * MS);
        assertFalse(trips.replied("r1-0", 2 * MS));
        assertFalse(trips.replied(null, 2 * MS));
        assertEquals(1, trips.outstanding());
        assertEquals(0, trips.completed());
    }
}
