package org.onlinemart.inventory.domain;

import java.util.List;

public interface WarehouseRepository {

    void add(Warehouse warehouse);

    boolean exists(long id);

    /** Warehouses in id order, {@code limit} of them from {@code offset}. */
    List<Warehouse> list(int offset, int limit);

    long count();
}
