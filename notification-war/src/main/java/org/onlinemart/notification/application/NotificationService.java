package org.onlinemart.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.onlinemart.commons.rest.Page;
import org.onlinemart.notification.domain.Notification;
import org.onlinemart.notification.domain.NotificationRepository;

/** The notification log as customers and admins read it; writing it comes with mail sending. */
@ApplicationScoped
public class NotificationService {

    private NotificationRepository notifications;

    protected NotificationService() {}

    @Inject
    public NotificationService(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    /** Newest first: an admin's page holds everyone's, anyone else's only their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Notification> visibleTo(long callerId, boolean admin, int page, int size) {
        int offset = Page.offset(page, size);
        return admin
                ? new Page<>(notifications.page(offset, size), page, size, notifications.count())
                : new Page<>(
                        notifications.pageOfUser(callerId, offset, size),
                        page,
                        size,
                        notifications.countOfUser(callerId));
    }
}
