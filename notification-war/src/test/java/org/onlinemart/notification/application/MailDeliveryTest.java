package org.onlinemart.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onlinemart.commons.logging.OrderTrail;
import org.onlinemart.notification.application.MailDelivery.Outcome;
import org.onlinemart.notification.domain.Mail;
import org.onlinemart.notification.domain.Notification;
import org.onlinemart.notification.domain.NotificationStatus;
import org.onlinemart.notification.domain.RetryPolicy;

/** Sending what is due, over in-memory notifications and a scripted SMTP server, on a clock the test moves. */
class MailDeliveryTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final ScriptedServer server = new ScriptedServer();
    private final MovableClock clock = new MovableClock();
    private final MailDelivery delivery = new MailDelivery(
            notifications, server, new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(60)), clock);

    private Notification queued(String recipient) {
        Notification notification = new Notification(
                UUID.randomUUID(),
                7L,
                OrderTrail.of(41, UUID.randomUUID()),
                new Mail(recipient, "Hello", "text", "<p>html</p>"),
                clock.instant());
        notifications.add(notification);
        return notification;
    }

    @Test
    void dueNotificationsAreSentOldestFirstOnceEach() {
        Notification first = queued("ann@example.org");
        clock.advance(Duration.ofMillis(1));
        Notification second = queued("bob@example.org");

        assertEquals(Outcome.SENT, delivery.sendNextDue());
        assertEquals(Outcome.SENT, delivery.sendNextDue());
        assertEquals(Outcome.NOTHING_DUE, delivery.sendNextDue());

        assertEquals(List.of("ann@example.org", "bob@example.org"), server.recipients());
        assertEquals(NotificationStatus.SENT, first.status());
        assertEquals(clock.instant(), second.sentAt());
    }

    @Test
    void aMailTheServerRefusesIsTriedAgainOnlyAfterItsBackOff() {
        Notification notification = queued("ann@example.org");
        server.down = true;

        assertEquals(Outcome.WILL_RETRY, delivery.sendNextDue());
        assertEquals(Outcome.NOTHING_DUE, delivery.sendNextDue());
        assertEquals("connection refused", notification.lastError());

        server.down = false;
        clock.advance(Duration.ofMillis(1999));
        assertEquals(Outcome.NOTHING_DUE, delivery.sendNextDue());
        clock.advance(Duration.ofMillis(1));
        assertEquals(Outcome.SENT, delivery.sendNextDue());

        assertEquals(2, notification.attempts());
        assertEquals(List.of("ann@example.org"), server.recipients());
    }

    @Test
    void aMailThatKeepsFailingEndsFailedAndIsNotTriedAgain() {
        Notification notification = queued("ann@example.org");
        server.down = true;

        assertEquals(Outcome.WILL_RETRY, delivery.sendNextDue());
        clock.advance(Duration.ofSeconds(2));
        assertEquals(Outcome.WILL_RETRY, delivery.sendNextDue());
        clock.advance(Duration.ofSeconds(4));
        assertEquals(Outcome.FAILED, delivery.sendNextDue());

        server.down = false;
        clock.advance(Duration.ofHours(1));
        assertEquals(Outcome.NOTHING_DUE, delivery.sendNextDue());
        assertEquals(NotificationStatus.FAILED, notification.status());
        assertEquals(3, notification.attempts());
    }

    private static final class ScriptedServer implements MailSender {
        boolean down;
        private final List<Mail> received = new ArrayList<>();

        @Override
        public void send(Mail mail) {
            if (down) {
                throw new MailNotSentException("connection refused", null);
            }
            received.add(mail);
        }

        List<String> recipients() {
            return received.stream().map(Mail::recipient).toList();
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = START;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
