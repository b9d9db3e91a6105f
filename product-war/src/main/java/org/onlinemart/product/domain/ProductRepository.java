package org.onlinemart.product.domain;

import java.util.List;
import java.util.Optional;

public interface ProductRepository {

    void add(Product product);

    /** The product with its category. */
    Optional<Product> findById(long id);

    /** The product, locked until the transaction ends: its prices change one transaction at a time. */
    Optional<Product> lockById(long id);

    /** A page of products in id order. */
    List<Product> list(int offset, int limit);

    long count();
}
