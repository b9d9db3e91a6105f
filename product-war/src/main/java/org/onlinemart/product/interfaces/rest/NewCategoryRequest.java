package org.onlinemart.product.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record NewCategoryRequest(
        @NotBlank @Size(max = 100) String categoryName,
        @Size(max = 500) String description) {}
