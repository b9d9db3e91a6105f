package org.onlinemart.inventory.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onlinemart.inventory.domain.Supplier;

/** A supplier; its e-mail address as stored, in lower case. */
public record SupplierResponse(
        @Schema(examples = "1") long supplierId,
        @Schema(examples = "Highland Coffee Traders") String supplierName,
        @Schema(examples = "Sam Supplier") String contact,
        @Schema(examples = "supplier@example.com") String email,
        @Schema(examples = "1 Harbour Road, Springfield") String address) {

    static SupplierResponse from(Supplier supplier) {
        return new SupplierResponse(
                supplier.id(), supplier.name(), supplier.contact(), supplier.email(), supplier.address());
    }
}
