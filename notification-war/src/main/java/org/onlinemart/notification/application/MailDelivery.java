package org.onlinemart.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onlinemart.notification.domain.Notification;
import org.onlinemart.notification.domain.NotificationRepository;
import org.onlinemart.notification.domain.RetryPolicy;

/**
 * Sends the notification due longest, one per transaction: the row stays locked while the SMTP server is asked,
 * so no other sender takes it, and what happened is committed with it. A server that does not take the mail
 * costs an attempt; the notification is due again after the retry policy's back-off, or FAILED when the
 * attempts run out.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    /** What one call did. */
    public enum Outcome {
        NOTHING_DUE,
        SENT,
        WILL_RETRY,
        FAILED
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

    @Transactional
    public Outcome sendNextDue() {
        Notification notification = notifications.lockNextDue(clock.instant()).orElse(null);
        if (notification == null) {
            return Outcome.NOTHING_DUE;
        }
        try {
            sender.send(notification.mail());
            notification.markSent(clock.instant());
            LOG.info(() -> notification.trail() + ": notification " + notification.id() + " mailed: "
                    + notification.subject());
            return Outcome.SENT;
        } catch (MailNotSentException e) {
            boolean again = notification.recordFailedAttempt(e.getMessage(), policy, clock.instant());
            LOG.warning(() -> notification.trail() + ": notification " + notification.id() + " not sent (attempt "
                    + notification.attempts()
                    + "): " + e.getMessage()
                    + (again ? "; trying again at " + notification.nextAttemptAt() : "; FAILED"));
            return again ? Outcome.WILL_RETRY : Outcome.FAILED;
        }
    }
}
