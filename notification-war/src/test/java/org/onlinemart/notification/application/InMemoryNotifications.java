package org.onlinemart.notification.application;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.notification.domain.Notification;
import org.onlinemart.notification.domain.NotificationRepository;
import org.onlinemart.notification.domain.NotificationStatus;

/** The notification table in memory; ids are given as the database would. */
final class InMemoryNotifications implements NotificationRepository {

    final List<Notification> all = new ArrayList<>();

    @Override
    public boolean add(Notification notification) {
        if (all.stream().anyMatch(stored -> stored.eventId().equals(notification.eventId()))) {
            return false;
        }
        try {
            Field id = Notification.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(notification, (long) all.size() + 1);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        all.add(notification);
        return true;
    }

    @Override
    public List<Notification> lockDue(Instant now, int limit) {
        return all.stream()
                .filter(n -> n.status() == NotificationStatus.PENDING
                        && !n.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(Notification::nextAttemptAt).thenComparing(Notification::id))
                .limit(limit)
                .toList();
    }

    @Override
    public Page<Notification> pageOfUser(long userId, PageRequest page) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<Notification> page(PageRequest page) {
        throw new UnsupportedOperationException();
    }
}
