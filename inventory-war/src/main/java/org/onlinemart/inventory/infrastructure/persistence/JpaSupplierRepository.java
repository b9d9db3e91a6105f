package org.onlinemart.inventory.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.onlinemart.commons.persistence.UniqueViolation;
import org.onlinemart.inventory.domain.Supplier;
import org.onlinemart.inventory.domain.SupplierRepository;

@ApplicationScoped
public class JpaSupplierRepository implements SupplierRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public boolean add(Supplier supplier) {
        // the unique index on lower(email) decides, so two requests racing cannot both insert
        return UniqueViolation.persistUnlessDuplicate(entityManager, supplier);
    }

    @Override
    public boolean exists(long id) {
        return entityManager.find(Supplier.class, id) != null;
    }

    @Override
    public List<Supplier> list(int offset, int limit) {
        return entityManager
                .createQuery("SELECT s FROM Supplier s ORDER BY s.id", Supplier.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return entityManager
                .createQuery("SELECT COUNT(s) FROM Supplier s", Long.class)
                .getSingleResult();
    }
}
