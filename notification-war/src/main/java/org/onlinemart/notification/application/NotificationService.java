package org.onlinemart.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import java.util.logging.Logger;
import org.onlinemart.commons.events.OrderNotificationRaised;
import org.onlinemart.commons.events.PaymentNotificationRaised;
import org.onlinemart.commons.logging.OrderTrail;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.notification.domain.Mail;
import org.onlinemart.notification.domain.Notification;
import org.onlinemart.notification.domain.NotificationRepository;

/**
 * The notification log: one PENDING notification per notifying event, written in the consuming transaction, so
 * that consumption never waits for SMTP; {@link MailDelivery} sends it. Customers and admins read it.
 */
@ApplicationScoped
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());

    private NotificationRepository notifications;
    private MailComposer composer;
    private Event<NotificationQueued> queued;
    private Clock clock;

    protected NotificationService() {}

    @Inject
    public NotificationService(
            NotificationRepository notifications, MailComposer composer, Event<NotificationQueued> queued) {
        this(notifications, composer, queued, Clock.systemUTC());
    }

    NotificationService(
            NotificationRepository notifications,
            MailComposer composer,
            Event<NotificationQueued> queued,
            Clock clock) {
        this.notifications = notifications;
        this.composer = composer;
        this.queued = queued;
        this.clock = clock;
    }

    @Transactional
    public void record(OrderNotificationRaised event) {
        queue(
                event.eventId(),
                event.userId(),
                OrderTrail.of(event),
                "order " + event.status(),
                composer.compose(event));
    }

    @Transactional
    public void record(PaymentNotificationRaised event) {
        queue(
                event.eventId(),
                event.userId(),
                OrderTrail.of(event),
                "payment " + event.paymentId() + " " + event.status(),
                composer.compose(event));
    }

    /** {@code about} says what the mail is for in the log line, such as "order CONFIRMED"; never its text. */
    private void queue(UUID eventId, long userId, OrderTrail trail, String about, Mail mail) {
        Notification notification = new Notification(eventId, userId, trail, mail, clock.instant());
        if (notifications.add(notification)) {
            queued.fire(new NotificationQueued(notification.id()));
            LOG.info(() -> trail + ": notification " + notification.id() + " queued, " + about);
        } else {
            LOG.info(() -> trail + ": event " + eventId + " has its notification already");
        }
    }

    /** Newest first: an admin's page holds everyone's, anyone else's only their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Notification> visibleTo(long callerId, boolean admin, PageRequest page) {
        return admin ? notifications.page(page) : notifications.pageOfUser(callerId, page);
    }
}
