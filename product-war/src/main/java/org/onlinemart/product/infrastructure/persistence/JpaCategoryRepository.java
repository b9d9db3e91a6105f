package org.onlinemart.product.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import org.onlinemart.commons.persistence.UniqueViolation;
import org.onlinemart.product.domain.Category;
import org.onlinemart.product.domain.CategoryRepository;

@ApplicationScoped
public class JpaCategoryRepository implements CategoryRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public boolean add(Category category) {
        try {
            entityManager.persist(category);
            entityManager.flush();
            return true;
        } catch (PersistenceException e) {
            if (UniqueViolation.causedBy(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<Category> findById(long id) {
        return Optional.ofNullable(entityManager.find(Category.class, id));
    }
}
