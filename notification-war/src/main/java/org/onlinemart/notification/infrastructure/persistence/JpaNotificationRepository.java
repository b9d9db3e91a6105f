package org.onlinemart.notification.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.commons.persistence.JpaPages;
import org.onlinemart.commons.persistence.UniqueViolation;
import org.onlinemart.notification.domain.Notification;
import org.onlinemart.notification.domain.NotificationRepository;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public boolean add(Notification notification) {
        return UniqueViolation.persistUnlessDuplicate(entityManager, notification);
    }

    @Override
    @SuppressWarnings("unchecked") // a native query with a result class answers a raw list of that class
    public List<Notification> lockDue(Instant now, int limit) {
        return entityManager
                .createNativeQuery("""
                        SELECT * FROM notification WHERE status = 'PENDING' AND next_attempt_at <= ?1
                        ORDER BY next_attempt_at, id LIMIT ?2 FOR UPDATE SKIP LOCKED""", Notification.class)
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, limit)
                .getResultList();
    }

    @Override
    public Page<Notification> pageOfUser(long userId, PageRequest page) {
        return JpaPages.page(
                entityManager
                        .createQuery(
                                "SELECT n FROM Notification n WHERE n.userId = :userId"
                                        + " ORDER BY n.createdAt DESC, n.id DESC",
                                Notification.class)
                        .setParameter("userId", userId),
                entityManager
                        .createQuery("SELECT COUNT(n) FROM Notification n WHERE n.userId = :userId", Long.class)
                        .setParameter("userId", userId),
                page);
    }

    @Override
    public Page<Notification> page(PageRequest page) {
        return JpaPages.page(
                entityManager.createQuery(
                        "SELECT n FROM Notification n ORDER BY n.createdAt DESC, n.id DESC", Notification.class),
                entityManager.createQuery("SELECT COUNT(n) FROM Notification n", Long.class),
                page);
    }
}
