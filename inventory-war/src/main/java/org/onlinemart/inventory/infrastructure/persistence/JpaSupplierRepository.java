package org.onlinemart.inventory.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.commons.persistence.JpaPages;
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
    public Page<Supplier> list(PageRequest page) {
        return JpaPages.page(
                entityManager.createQuery("SELECT s FROM Supplier s ORDER BY s.id", Supplier.class),
                entityManager.createQuery("SELECT COUNT(s) FROM Supplier s", Long.class),
                page);
    }
}
