package org.onlinemart.inventory.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NewWarehouseRequest(
        @NotBlank @Size(max = 100) @Schema(examples = "Central warehouse")
        String warehouseName,

        @NotBlank @Size(max = 200) @Schema(examples = "Springfield")
        String location) {}
