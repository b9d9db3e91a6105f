package org.onlinemart.inventory.domain;

import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;

public interface WarehouseRepository {

    void add(Warehouse warehouse);

    boolean exists(long id);

    /** Warehouses in id order. */
    Page<Warehouse> list(PageRequest page);
}
