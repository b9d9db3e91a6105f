package org.onlinemart.product.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NewProductRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Espresso beans 1 kg")
        String productName,

        @NotNull @Positive @Schema(examples = "3") Long categoryId,

        @Size(max = 2000) @Schema(description = "Optional", examples = "Dark roast, whole beans")
        String description) {}
