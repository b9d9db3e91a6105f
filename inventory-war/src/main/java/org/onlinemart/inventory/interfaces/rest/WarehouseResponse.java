package org.onlinemart.inventory.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onlinemart.inventory.domain.Warehouse;

public record WarehouseResponse(
        @Schema(examples = "1") long warehouseId,
        @Schema(examples = "Central warehouse") String warehouseName,
        @Schema(examples = "Springfield") String location) {

    static WarehouseResponse from(Warehouse warehouse) {
        return new WarehouseResponse(warehouse.id(), warehouse.name(), warehouse.location());
    }
}
