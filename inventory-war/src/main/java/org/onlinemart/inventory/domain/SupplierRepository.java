package org.onlinemart.inventory.domain;

import java.util.List;

public interface SupplierRepository {

    /** Stores the supplier unless one has its e-mail address already; false when one had. */
    boolean add(Supplier supplier);

    boolean exists(long id);

    /** Suppliers in id order, {@code limit} of them from {@code offset}. */
    List<Supplier> list(int offset, int limit);

    long count();
}
