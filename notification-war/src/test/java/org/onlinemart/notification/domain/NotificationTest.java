package org.onlinemart.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onlinemart.commons.logging.OrderTrail;

class NotificationTest {

    private static final UUID CORRELATION = UUID.fromString("5b1e0c2a-7d4f-4c1e-9a3b-2f6d8e0a1c4b");
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final RetryPolicy THREE_TRIES = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(10));

    private static Notification newNotification() {
        return new Notification(
                UUID.randomUUID(),
                7L,
                OrderTrail.of(3, CORRELATION),
                new Mail("ann@example.org", "Order 3 confirmed", "Thank you", "<p>Thank you</p>"),
                NOW);
    }

    @Test
    void aNewNotificationIsPendingUnsentAndDueAtOnce() {
        Notification notification = newNotification();

        assertEquals(NotificationStatus.PENDING, notification.status());
        assertEquals(0, notification.attempts());
        assertNull(notification.sentAt());
        assertEquals(NOW, notification.nextAttemptAt());
        assertEquals("<p>Thank you</p>", notification.mail().html());
    }

    @Test
    void sendingCountsTheAttemptAndStampsTheTime() {
        Notification notification = newNotification();
        notification.recordFailedAttempt("connection refused", THREE_TRIES, NOW);
        notification.markSent(NOW.plusSeconds(2));

        assertEquals(NotificationStatus.SENT, notification.status());
        assertEquals(2, notification.attempts());
        assertEquals(NOW.plusSeconds(2), notification.sentAt());
        assertNull(notification.lastError());
    }

    @Test
    void aFailedAttemptMakesItDueAgainAfterTheBackOff() {
        Notification notification = newNotification();

        assertTrue(notification.recordFailedAttempt("timeout", THREE_TRIES, NOW));
        assertEquals(NOW.plusSeconds(1), notification.nextAttemptAt());
        assertTrue(notification.recordFailedAttempt("timeout", THREE_TRIES, NOW.plusSeconds(1)));
        assertEquals(NOW.plusSeconds(3), notification.nextAttemptAt());
        assertEquals("timeout", notification.lastError());
    }

    @Test
    void itFailsForGoodOnlyWhenTheAttemptsRunOut() {
        Notification notification = newNotification();
        notification.recordFailedAttempt("timeout", THREE_TRIES, NOW);
        notification.recordFailedAttempt("timeout", THREE_TRIES, NOW);
        assertEquals(NotificationStatus.PENDING, notification.status());

        assertFalse(notification.recordFailedAttempt("timeout again", THREE_TRIES, NOW));

        assertEquals(NotificationStatus.FAILED, notification.status());
        assertEquals("timeout again", notification.lastError());
        assertThrows(IllegalStateException.class, () -> notification.markSent(NOW));
    }

    @Test
    void aSentNotificationIsNotSentAgain() {
        Notification notification = newNotification();
        notification.markSent(NOW);

        assertThrows(IllegalStateException.class, () -> notification.markSent(NOW));
        assertThrows(IllegalStateException.class, () -> notification.recordFailedAttempt("late", THREE_TRIES, NOW));
    }
}
