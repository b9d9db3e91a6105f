package org.onlinemart.product.domain;

import java.util.List;
import java.util.Optional;

public interface CategoryRepository {

    /** Stores a new category; false if one of that name (ignoring case) exists already. */
    boolean add(Category category);

    Optional<Category> findById(long id);

    /** Every category, by name. */
    List<Category> all();
}
