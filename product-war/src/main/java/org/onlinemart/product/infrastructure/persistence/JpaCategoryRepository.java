package org.onlinemart.product.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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
        return UniqueViolation.persistUnlessDuplicate(entityManager, category);
    }

    @Override
    public Optional<Category> findById(long id) {
        return Optional.ofNullable(entityManager.find(Category.class, id));
    }

    @Override
    public List<Category> all() {
        return entityManager
                .createQuery("SELECT c FROM Category c ORDER BY LOWER(c.name), c.id", Category.class)
                .getResultList();
    }
}
