package org.onlinemart.product.domain;

import java.util.Optional;

public interface ProductRepository {

    void add(Product product);

    Optional<Product> findById(long id);
}
