package org.onlinemart.inventory.interfaces.rest;

import org.onlinemart.inventory.domain.Warehouse;

public record WarehouseResponse(long warehouseId, String warehouseName, String location) {

    static WarehouseResponse from(Warehouse warehouse) {
        return new WarehouseResponse(warehouse.id(), warehouse.name(), warehouse.location());
    }
}
