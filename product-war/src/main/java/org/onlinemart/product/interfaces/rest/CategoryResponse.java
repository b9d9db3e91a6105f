package org.onlinemart.product.interfaces.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onlinemart.product.domain.Category;

public record CategoryResponse(
        @Schema(examples = "3") long categoryId,
        @Schema(examples = "Coffee") String categoryName,

        @Schema(examples = "Beans, ground coffee and capsules")
        String description,

        @Schema(examples = "2026-01-10T08:00:00Z") Instant createdAt) {

    static CategoryResponse from(Category category) {
        return new CategoryResponse(category.id(), category.name(), category.description(), category.createdAt());
    }
}
