package org.onlinemart.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.commons.problem.ConflictException;
import org.onlinemart.commons.problem.Problem;
import org.onlinemart.inventory.domain.Supplier;
import org.onlinemart.inventory.domain.SupplierRepository;

/** The suppliers stock is received from; one per e-mail address. */
@ApplicationScoped
public class SupplierService {

    private SupplierRepository suppliers;

    protected SupplierService() {}

    @Inject
    public SupplierService(SupplierRepository suppliers) {
        this.suppliers = suppliers;
    }

    @Transactional
    public Supplier addSupplier(String name, String contact, String email, String address) {
        Supplier supplier = new Supplier(name, contact, email, address);
        if (!suppliers.add(supplier)) {
            throw new ConflictException(
                    "A supplier with the e-mail address " + supplier.email() + " exists already",
                    List.of(new Problem.FieldError("email", "already exists")));
        }
        return supplier;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Supplier> suppliers(PageRequest page) {
        return suppliers.list(page);
    }
}
