package org.onlinemart.product.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

public record NewProductRequest(
        @NotBlank @Size(max = 200) String productName,
        @NotNull @Positive Long categoryId,
        @Size(max = 2000) String description) {}
