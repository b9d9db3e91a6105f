package org.onlinemart.user.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final Throttle throttle = Throttle.failedLoginsPerEmail();

    private static Instant minutesAgo(long minutes) {
        return NOW.minus(Duration.ofMinutes(minutes));
    }

    @Test
    void fourFailuresInTheWindowLetTheNextAttemptThrough() {
        var failures = List.of(minutesAgo(4), minutesAgo(3), minutesAgo(2), minutesAgo(1));

        assertTrue(throttle.waitBefore(failures, NOW).isEmpty());
    }

    @Test
    void fiveFailuresInTheWindowBlockUntilTheOldestLeavesIt() {
        var failures = List.of(minutesAgo(10), minutesAgo(4), minutesAgo(3), minutesAgo(2), minutesAgo(1));

        // the failure 10 minutes ago stops counting in 5 minutes
        assertEquals(Optional.of(Duration.ofMinutes(5)), throttle.waitBefore(failures, NOW));
    }

    @Test
    void theOrderOfTheFailuresDoesNotMatter() {
        var failures = List.of(minutesAgo(1), minutesAgo(3), minutesAgo(10), minutesAgo(2), minutesAgo(4));

        assertEquals(Optional.of(Duration.ofMinutes(5)), throttle.waitBefore(failures, NOW));
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        var failures =
                List.of(minutesAgo(40), minutesAgo(16), minutesAgo(15), minutesAgo(3), minutesAgo(2), minutesAgo(1));

        assertTrue(throttle.waitBefore(failures, NOW).isEmpty());
    }

    @Test
    void withMoreThanFiveFailuresTheWaitEndsWhenOnlyFourAreLeft() {
        var failures =
                List.of(minutesAgo(14), minutesAgo(12), minutesAgo(9), minutesAgo(3), minutesAgo(2), minutesAgo(1));

        // one may go through once the failures of 14 and 12 minutes ago have left the window
        assertEquals(Optional.of(Duration.ofMinutes(3)), throttle.waitBefore(failures, NOW));
    }

    @Test
    void fiveFailuresJustNowBlockForTheWholeWindow() {
        var failures = List.of(NOW, NOW, NOW, NOW, NOW);

        assertEquals(Optional.of(Throttle.LOGIN_WINDOW), throttle.waitBefore(failures, NOW));
    }

    @Test
    void theWaitIsNeverUnderASecond() {
        Instant almostOut = NOW.minus(Throttle.LOGIN_WINDOW).plusMillis(200);
        var failures = List.of(almostOut, minutesAgo(3), minutesAgo(2), minutesAgo(1), NOW);

        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitBefore(failures, NOW));
    }

    @Test
    void theWindowStartsFifteenMinutesAgo() {
        assertEquals(minutesAgo(15), throttle.windowStart(NOW));
    }

    @Test
    void aThrottleLetsAtLeastOneAttemptThrough() {
        assertThrows(IllegalArgumentException.class, () -> new Throttle(0, Duration.ofHours(1)));
    }
}
