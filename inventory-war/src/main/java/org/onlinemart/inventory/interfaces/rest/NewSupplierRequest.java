package org.onlinemart.inventory.interfaces.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The e-mail address must also have a dot in its domain and no spaces, on top of Bean Validation's check. */
public record NewSupplierRequest(
        @NotBlank @Size(max = 200) String supplierName,
        @NotBlank @Size(max = 100) String contact,

        @NotBlank @Size(max = 254) @Email(regexp = NewSupplierRequest.EMAIL)
        String email,

        @NotBlank @Size(max = 500) String address) {

    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
}
