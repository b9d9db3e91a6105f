package org.onlinemart.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
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
    public Page<Warehouse> warehouses(PageRequest page) {
        return warehouses.list(page);
    }
}
