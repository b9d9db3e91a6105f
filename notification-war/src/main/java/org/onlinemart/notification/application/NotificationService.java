package org.onlinemart.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
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
    public Page<Notification> visibleTo(long callerId, boolean admin, PageRequest page) {
        return admin ? notifications.page(page) : notifications.pageOfUser(callerId, page);
    }
}
