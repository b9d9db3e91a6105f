package org.onlinemart.notification.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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
    public List<Notification> pageOfUser(long userId, int offset, int limit) {
        return entityManager
                .createQuery(
                        "SELECT n FROM Notification n WHERE n.userId = :userId"
                                + " ORDER BY n.createdAt DESC, n.id DESC",
                        Notification.class)
                .setParameter("userId", userId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countOfUser(long userId) {
        return entityManager
                .createQuery("SELECT COUNT(n) FROM Notification n WHERE n.userId = :userId", Long.class)
                .setParameter("userId", userId)
                .getSingleResult();
    }

    @Override
    public List<Notification> page(int offset, int limit) {
        return entityManager
                .createQuery("SELECT n FROM Notification n ORDER BY n.createdAt DESC, n.id DESC", Notification.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return entityManager
                .createQuery("SELECT COUNT(n) FROM Notification n", Long.class)
                .getSingleResult();
    }
}
