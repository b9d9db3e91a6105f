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
import org.onlinemart.notification.application.MailDelivery.Batch;
import org.onlinemart.notification.domain.Mail;
import org.onlinemart.notification.domain.Notification;
import org.onlinemart.notification.domain.NotificationStatus;
import org.onlinemart.notification.domain.RetryPolicy;

/** Sending what is due, over in-memory notifications and a scripted SMTP server, on a clock the test moves. */
class MailDeliveryTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    private static final Batch NOTHING_DUE = new Batch(0, 0, 0);

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
        clock.advance(Duration.ofMillis(1));
        return notification;
    }

    @Test
    void dueNotificationsAreSentOldestFirstOnceEachOverOneConnection() {
        Notification first = queued("ann@example.org");
        Notification second = queued("bob@example.org");

        assertEquals(new Batch(2, 0, 0), delivery.sendDue(10));
        assertEquals(NOTHING_DUE, delivery.sendDue(10));

        assertEquals(List.of("ann@example.org", "bob@example.org"), server.recipients());
        assertEquals(1, server.connections);
        assertEquals(NotificationStatus.SENT, first.status());
        assertEquals(clock.instant(), second.sentAt());
    }

    @Test
    void aBatchTakesAtMostItsLimitAndTheRestWaitsForTheNext() {
        queued("ann@example.org");
        queued("bob@example.org");
        queued("cid@example.org");

        assertEquals(new Batch(2, 0, 0), delivery.sendDue(2));
        assertEquals(List.of("ann@example.org", "bob@example.org"), server.recipients());
        assertEquals(new Batch(1, 0, 0), delivery.sendDue(2));
        assertEquals(List.of("ann@example.org", "bob@example.org", "cid@example.org"), server.recipients());
    }

    @Test
    void aMailTheServerRefusesCostsOnlyItsOwnAttempt() {
        queued("ann@example.org");
        Notification refused = queued("nobody@example.org");
        Notification third = queued("cid@example.org");
        server.refusedRecipient = "nobody@example.org";

        assertEquals(new Batch(2, 1, 0), delivery.sendDue(10));

        assertEquals(NotificationStatus.PENDING, refused.status());
        assertEquals(1, refused.attempts());
        assertEquals("recipient refused", refused.lastError());
        assertEquals(NotificationStatus.SENT, third.status());
    }

    @Test
    void anUnreachableServerCostsEveryDueMailAnAttemptTheyAreTriedAgainOnlyAfterTheirBackOff() {
        Notification first = queued("ann@example.org");
        Notification second = queued("bob@example.org");
        server.down = true;

        assertEquals(new Batch(0, 2, 0), delivery.sendDue(10));
        assertEquals(NOTHING_DUE, delivery.sendDue(10));
        assertEquals("connection refused", first.lastError());
        assertEquals("connection refused", second.lastError());

        server.down = false;
        clock.advance(Duration.ofMillis(1999));
        assertEquals(NOTHING_DUE, delivery.sendDue(10));
        clock.advance(Duration.ofMillis(1));
        assertEquals(new Batch(2, 0, 0), delivery.sendDue(10));

        assertEquals(2, first.attempts());
        assertEquals(List.of("ann@example.org", "bob@example.org"), server.recipients());
    }

    @Test
    void aMailThatKeepsFailingEndsFailedAndIsNotTriedAgain() {
        Notification notification = queued("ann@example.org");
        server.down = true;

        assertEquals(new Batch(0, 1, 0), delivery.sendDue(10));
        clock.advance(Duration.ofSeconds(2));
        assertEquals(new Batch(0, 1, 0), delivery.sendDue(10));
        clock.advance(Duration.ofSeconds(4));
        assertEquals(new Batch(0, 0, 1), delivery.sendDue(10));

        server.down = false;
        clock.advance(Duration.ofHours(1));
        assertEquals(NOTHING_DUE, delivery.sendDue(10));
        assertEquals(NotificationStatus.FAILED, notification.status());
        assertEquals(3, notification.attempts());
    }

    /** Takes mails like an SMTP server: down (every connection fails) or up, refusing one recipient if told. */
    private static final class ScriptedServer implements MailSender {
        boolean down;
        String refusedRecipient;
        int connections;
        private final List<Mail> received = new ArrayList<>();

        @Override
        public Connection connect() {
            connections++;
            return new Connection() {
                @Override
                public void send(Mail mail) {
                    if (down) {
                        throw new MailNotSentException("connection refused", null);
                    }
                    if (mail.recipient().equals(refusedRecipient)) {
                        throw new MailNotSentException("recipient refused", null);
                    }
                    received.add(mail);
                }

                @Override
                public void close() {}
            };
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
