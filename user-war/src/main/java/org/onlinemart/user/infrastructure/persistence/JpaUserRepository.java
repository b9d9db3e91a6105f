package org.onlinemart.user.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.commons.persistence.JpaPages;
import org.onlinemart.commons.persistence.UniqueViolation;
import org.onlinemart.user.domain.User;
import org.onlinemart.user.domain.UserRepository;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public boolean add(User user) {
        return UniqueViolation.persistUnlessDuplicate(entityManager, user);
    }

    @Override
    public Optional<User> findById(long id) {
        return Optional.ofNullable(entityManager.find(User.class, id));
    }

    @Override
    public Optional<User> findByEmail(String canonicalEmail) {
        return entityManager
                .createQuery("SELECT u FROM User u WHERE u.email = :email", User.class)
                .setParameter("email", canonicalEmail)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<User> page(PageRequest page) {
        return JpaPages.page(
                entityManager.createQuery("SELECT u FROM User u ORDER BY u.id", User.class),
                entityManager.createQuery("SELECT COUNT(u) FROM User u", Long.class),
                page);
    }

    @Override
    public void remove(User user) {
        entityManager.remove(user);
    }
}
