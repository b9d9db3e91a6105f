package org.onlinemart.order.interfaces.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onlinemart.order.domain.Cart;

/** Boxed so that JSON-B's whole-number check applies: 1.5 or 4294967297 are refused, not truncated or wrapped. */
public record AddToCartRequest(
        @NotNull @Min(1) @Schema(examples = "7") Long productId,

        @NotNull @Min(1) @Max(Cart.MAX_QUANTITY) @Schema(description = "Units to add", examples = "2")
        Integer quantity) {}
