package org.onlinemart.product.interfaces.rest;

import java.time.Instant;
import org.onlinemart.product.domain.Category;

public record CategoryResponse(long categoryId, String categoryName, String description, Instant createdAt) {

    static CategoryResponse from(Category category) {
        return new CategoryResponse(category.id(), category.name(), category.description(), category.createdAt());
    }
}
