package org.onlinemart.product.application;

import java.math.BigDecimal;
import org.onlinemart.product.domain.Product;

/** A product as the shop shows it: with its current price, or null while it has none. */
public record CatalogEntry(Product product, BigDecimal price) {}
