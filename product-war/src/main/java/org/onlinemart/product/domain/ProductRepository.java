package org.onlinemart.product.domain;

import java.util.Optional;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;

public interface ProductRepository {

    void add(Product product);

    /** The product with its category. */
    Optional<Product> findById(long id);

    /** The product, locked until the transaction ends: its prices change one transaction at a time. */
    Optional<Product> lockById(long id);

    /** A page of products in id order. */
    Page<Product> list(PageRequest page);
}
