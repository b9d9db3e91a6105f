package org.onlinemart.inventory.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record NewWarehouseRequest(
        @NotBlank @Size(max = 100) String warehouseName,
        @NotBlank @Size(max = 200) String location) {}
