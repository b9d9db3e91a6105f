package org.onlinemart.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static Notification newNotification() {
        return new Notification(UUID.randomUUID(), 7L, "ann@example.org", "Order 3 confirmed", "Thank you");
    }

    @Test
    void aNewNotificationIsPendingAndUnsent() {
        Notification notification = newNotification();

        assertEquals(NotificationStatus.PENDING, notification.status());
        assertEquals(0, notification.attempts());
        assertNull(notification.sentAt());
    }

    @Test
    void sendingCountsTheAttemptAndStampsTheTime() {
        Notification notification = newNotification();
        notification.recordFailedAttempt("connection refused", 3);
        notification.markSent();

        assertEquals(NotificationStatus.SENT, notification.status());
        assertEquals(2, notification.attempts());
        assertNotNull(notification.sentAt());
        assertNull(notification.lastError());
    }

    @Test
    void itFailsForGoodOnlyWhenTheAttemptsRunOut() {
        Notification notification = newNotification();
        notification.recordFailedAttempt("timeout", 2);
        assertEquals(NotificationStatus.PENDING, notification.status());

        notification.recordFailedAttempt("timeout again", 2);

        assertEquals(NotificationStatus.FAILED, notification.status());
        assertEquals("timeout again", notification.lastError());
        assertThrows(IllegalStateException.class, notification::markSent);
    }

    @Test
    void aSentNotificationIsNotSentAgain() {
        Notification notification = newNotification();
        notification.markSent();

        assertThrows(IllegalStateException.class, notification::markSent);
        assertThrows(IllegalStateException.class, () -> notification.recordFailedAttempt("late", 3));
    }
}
