package org.onlinemart.notification.domain;

import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;

public interface NotificationRepository {

    /** Stores a new notification; false if one for its event exists already. */
    boolean add(Notification notification);

    /** One user's notifications, newest first. */
    Page<Notification> pageOfUser(long userId, PageRequest page);

    /** Everyone's notifications, newest first. */
    Page<Notification> page(PageRequest page);
}
