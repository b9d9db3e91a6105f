package org.onlinemart.product.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
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
        return Optional.ofNullable(entityManager.find(Product.class, id));
    }
}
