package org.onlinemart.notification.domain;

import java.util.List;

public interface NotificationRepository {

    /** Stores a new notification; false if one for its event exists already. */
    boolean add(Notification notification);

    /** One user's notifications, newest first. */
    List<Notification> pageOfUser(long userId, int offset, int limit);

    long countOfUser(long userId);

    /** Everyone's notifications, newest first. */
    List<Notification> page(int offset, int limit);

    long count();
}
