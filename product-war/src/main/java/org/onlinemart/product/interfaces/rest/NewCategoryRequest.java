package org.onlinemart.product.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NewCategoryRequest(
        @NotBlank @Size(max = 100) @Schema(description = "Unique, ignoring letter case", examples = "Coffee")
        String categoryName,

        @Size(max = 500) @Schema(description = "Optional", examples = "Beans, ground coffee and capsules")
        String description) {}
