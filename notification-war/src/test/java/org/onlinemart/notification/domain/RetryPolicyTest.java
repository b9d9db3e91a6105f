package org.onlinemart.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void theWaitDoublesFromTheFirstDelayUpToTheCap() {
        RetryPolicy policy = new RetryPolicy(12, Duration.ofSeconds(1), Duration.ofSeconds(60));

        assertEquals(Duration.ofSeconds(1), policy.delayAfter(1));
        assertEquals(Duration.ofSeconds(2), policy.delayAfter(2));
        assertEquals(Duration.ofSeconds(32), policy.delayAfter(6));
        assertEquals(Duration.ofSeconds(60), policy.delayAfter(7));
        assertEquals(Duration.ofSeconds(60), policy.delayAfter(1000));
    }

    @Test
    void aPolicyThatCouldNeverSendIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO));
        assertThrows(
                IllegalArgumentException.class, () -> new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofSeconds(1)));
    }
}
