package org.onlinemart.product.interfaces.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NewPriceRequest(
        @NotNull @Positive Long productId,

        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @Digits(integer = 10, fraction = 2)
        @Schema(example = "12.50")
        BigDecimal price,

        @Schema(
                description = "ISO-8601 instant the price applies from; now if absent",
                example = "2026-01-01T00:00:00Z")
        Instant effectiveDate) {}
