package org.onlinemart.order.interfaces.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onlinemart.order.domain.Cart;

/** quantity 0 removes the product from the cart. Boxed for JSON-B's whole-number check. */
public record UpdateCartRequest(
        @NotNull @Min(1) @Schema(examples = "7") Long productId,

        @NotNull
        @Min(0)
        @Max(Cart.MAX_QUANTITY)
        @Schema(description = "The new quantity; 0 removes the product", examples = "3")
        Integer quantity) {}
