package org.onlinemart.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onlinemart.notification.domain.Notification;
import org.onlinemart.notification.domain.NotificationRepository;
import org.onlinemart.notification.domain.RetryPolicy;

/**
 * Sends the notifications due longest, a batch per transaction over one SMTP connection: the rows stay locked while
 * the SMTP server is asked, so no other sender takes them, and what happened is committed with them. A mail the
 * server does not take costs that notification an attempt; it is due again after the retry policy's back-off, or
 * FAILED when the attempts run out. The others of the batch go on.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    /** What one batch did; all zero when nothing was due. */
    public record Batch(int sent, int retried, int failed) {

        public int size() {
            return sent + retried + failed;
        }
    }

    private NotificationRepository notifications;
    private MailSender sender;
    private RetryPolicy policy;
    private Clock clock;

    protected MailDelivery() {}

    @Inject
    public MailDelivery(
            NotificationRepository notifications,
            MailSender sender,
            @ConfigProperty(name = "notification.retry.max-attempts", defaultValue = "12") int maxAttempts,
            @ConfigProperty(name = "notification.retry.first-delay-ms", defaultValue = "1000") long firstDelayMs,
            @ConfigProperty(name = "notification.retry.max-delay-ms", defaultValue = "60000") long maxDelayMs) {
        this(
                notifications,
                sender,
                new RetryPolicy(maxAttempts, Duration.ofMillis(firstDelayMs), Duration.ofMillis(maxDelayMs)),
                Clock.systemUTC());
    }

    MailDelivery(NotificationRepository notifications, MailSender sender, RetryPolicy policy, Clock clock) {
        this.notifications = notifications;
        this.sender = sender;
        this.policy = policy;
        this.clock = clock;
    }

    /** Sends up to {@code limit} due notifications, longest due first. */
    @Transactional
    public Batch sendDue(int limit) {
        List<Notification> due = notifications.lockDue(clock.instant(), limit);
        if (due.isEmpty()) {
            return new Batch(0, 0, 0);
        }
        int sent = 0;
        int retried = 0;
        int failed = 0;
        try (MailSender.Connection connection = sender.connect()) {
            for (Notification notification : due) {
                send(connection, notification);
                switch (notification.status()) {
                    case SENT -> sent++;
                    case FAILED -> failed++;
                    case PENDING -> retried++;
                }
            }
        }
        return new Batch(sent, retried, failed);
    }

    private void send(MailSender.Connection connection, Notification notification) {
        try {
            connection.send(notification.mail());
            notification.markSent(clock.instant());
            LOG.info(() -> notification.trail() + ": notification " + notification.id() + " mailed: "
                    + notification.subject());
        } catch (MailNotSentException e) {
            boolean again = notification.recordFailedAttempt(e.getMessage(), policy, clock.instant());
            LOG.warning(() -> notification.trail() + ": notification " + notification.id() + " not sent (attempt "
                    + notification.attempts()
                    + "): " + e.getMessage()
                    + (again ? "; trying again at " + notification.nextAttemptAt() : "; FAILED"));
        }
    }
}
