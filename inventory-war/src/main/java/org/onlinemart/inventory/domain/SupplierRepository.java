package org.onlinemart.inventory.domain;

import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;

public interface SupplierRepository {

    /** Stores the supplier unless one has its e-mail address already; false when one had. */
    boolean add(Supplier supplier);

    boolean exists(long id);

    /** Suppliers in id order. */
    Page<Supplier> list(PageRequest page);
}
