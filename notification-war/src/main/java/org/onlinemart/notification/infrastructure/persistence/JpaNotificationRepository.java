package org.onlinemart.notification.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
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
    public Optional<Notification> lockNextDue(Instant now) {
        List<?> due = entityManager
                .createNativeQuery("""
                        SELECT id FROM notification WHERE status = 'PENDING' AND next_attempt_at <= ?1
                        ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .getResultList();
        // already locked by this transaction: the find reads it without waiting
        return due.stream().findFirst().map(id -> entityManager.find(Notification.class, ((Number) id).longValue()));
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
