package org.onlinemart.inventory.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.onlinemart.inventory.domain.Warehouse;
import org.onlinemart.inventory.domain.WarehouseRepository;

@ApplicationScoped
public class JpaWarehouseRepository implements WarehouseRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void add(Warehouse warehouse) {
        entityManager.persist(warehouse);
        entityManager.flush(); // assigns the id the answer carries
    }

    @Override
    public boolean exists(long id) {
        return entityManager.find(Warehouse.class, id) != null;
    }

    @Override
    public List<Warehouse> list(int offset, int limit) {
        return entityManager
                .createQuery("SELECT w FROM Warehouse w ORDER BY w.id", Warehouse.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return entityManager
                .createQuery("SELECT COUNT(w) FROM Warehouse w", Long.class)
                .getSingleResult();
    }
}
