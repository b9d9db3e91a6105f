package org.onlinemart.inventory.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.commons.persistence.JpaPages;
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
    public Page<Warehouse> list(PageRequest page) {
        return JpaPages.page(
                entityManager.createQuery("SELECT w FROM Warehouse w ORDER BY w.id", Warehouse.class),
                entityManager.createQuery("SELECT COUNT(w) FROM Warehouse w", Long.class),
                page);
    }
}
