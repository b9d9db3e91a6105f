package org.onlinemart.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.onlinemart.commons.rest.Page;
import org.onlinemart.inventory.domain.Warehouse;
import org.onlinemart.inventory.domain.WarehouseRepository;

/** The warehouses stock is received into. */
@ApplicationScoped
public class WarehouseService {

    private WarehouseRepository warehouses;

    protected WarehouseService() {}

    @Inject
    public WarehouseService(WarehouseRepository warehouses) {
        this.warehouses = warehouses;
    }

    @Transactional
    public Warehouse addWarehouse(String name, String location) {
        Warehouse warehouse = new Warehouse(name, location);
        warehouses.add(warehouse);
        return warehouse;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Warehouse> warehouses(int page, int size) {
        return new Page<>(warehouses.list(Page.offset(page, size), size), page, size, warehouses.count());
    }
}
