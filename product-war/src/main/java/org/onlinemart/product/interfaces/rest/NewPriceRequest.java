package org.onlinemart.product.interfaces.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NewPriceRequest(
        @NotNull @Positive @Schema(examples = "7") Long productId,

        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @Digits(integer = 10, fraction = 2)
        @Schema(description = "Above 0, at most 2 decimals", examples = "19.99")
        BigDecimal price,

        @Schema(
                description = "ISO-8601 instant the price applies from; now if absent",
                examples = "2026-01-01T00:00:00Z")
        Instant effectiveDate) {}
