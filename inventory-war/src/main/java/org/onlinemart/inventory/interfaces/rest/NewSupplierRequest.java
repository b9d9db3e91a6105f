package org.onlinemart.inventory.interfaces.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The e-mail address must also have a dot in its domain and no spaces, on top of Bean Validation's check. */
public record NewSupplierRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Highland Coffee Traders")
        String supplierName,

        @NotBlank @Size(max = 100) @Schema(description = "Whom to ask", examples = "Sam Supplier")
        String contact,

        @NotBlank
        @Size(max = 254)
        @Email(regexp = NewSupplierRequest.EMAIL)
        @Schema(description = "Unique, ignoring letter case", examples = "supplier@example.com")
        String email,

        @NotBlank @Size(max = 500) @Schema(examples = "1 Harbour Road, Springfield")
        String address) {

    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
}
