package org.onlinemart.inventory.interfaces.rest;

import org.onlinemart.inventory.domain.Supplier;

/** A supplier; its e-mail address as stored, in lower case. */
public record SupplierResponse(long supplierId, String supplierName, String contact, String email, String address) {

    static SupplierResponse from(Supplier supplier) {
        return new SupplierResponse(
                supplier.id(), supplier.name(), supplier.contact(), supplier.email(), supplier.address());
    }
}
