package org.onlinemart.product.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.commons.persistence.JpaPages;
import org.onlinemart.product.domain.Product;
import org.onlinemart.product.domain.ProductRepository;

@ApplicationScoped
public class JpaProductRepository implements ProductRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void add(Product product) {
        entityManager.persist(product);
        entityManager.flush(); // assigns the id the outbox event carries
    }

    @Override
    public Optional<Product> findById(long id) {
        return entityManager
                .createQuery("SELECT p FROM Product p JOIN FETCH p.category WHERE p.id = :id", Product.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Product> lockById(long id) {
        return Optional.ofNullable(entityManager.find(Product.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Page<Product> list(PageRequest page) {
        return JpaPages.page(
                entityManager.createQuery("SELECT p FROM Product p JOIN FETCH p.category ORDER BY p.id", Product.class),
                entityManager.createQuery("SELECT COUNT(p) FROM Product p", Long.class),
                page);
    }
}
