package org.onlinemart.notification.domain;

import java.time.Instant;
import java.util.Optional;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;

public interface NotificationRepository {

    /** Stores a new notification; false if one for its event exists already. */
    boolean add(Notification notification);

    /**
     * The PENDING notification due longest, locked for this transaction; one another transaction has locked is
     * skipped, so two senders never send one mail twice.
     */
    Optional<Notification> lockNextDue(Instant now);

    /** One user's notifications, newest first. */
    Page<Notification> pageOfUser(long userId, PageRequest page);

    /** Everyone's notifications, newest first. */
    Page<Notification> page(PageRequest page);
}
