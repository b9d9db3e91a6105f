package org.onlinemart.notification.domain;

import java.time.Instant;
import java.util.List;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;

public interface NotificationRepository {

    /** Stores a new notification; false if one for its event exists already. */
    boolean add(Notification notification);

    /**
     * Up to {@code limit} PENDING notifications that are due, longest due first, locked for this transaction; those
     * another transaction has locked are skipped, so two senders never send one mail twice.
     */
    List<Notification> lockDue(Instant now, int limit);

    /** One user's notifications, newest first. */
    Page<Notification> pageOfUser(long userId, PageRequest page);

    /** Everyone's notifications, newest first. */
    Page<Notification> page(PageRequest page);
}
