package org.onlinemart.inventory.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onlinemart.inventory.domain.StockIn;
import org.onlinemart.inventory.domain.StockInRepository;

@ApplicationScoped
public class JpaStockInRepository implements StockInRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void add(StockIn stockIn) {
        entityManager.persist(stockIn);
        entityManager.flush(); // assigns the id the answer carries
    }
}
