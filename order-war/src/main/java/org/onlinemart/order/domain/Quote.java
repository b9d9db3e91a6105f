package org.onlinemart.order.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What product and inventory answered, at the moment of ordering, about the products of a cart: the current
 * name, price and availability of each product both of them know.
 */
public final class Quote {

    /** A product both services know, with a price. */
    public record QuotedProduct(long productId, String productName, BigDecimal price, int available) {}

    /** A line the stock cannot cover. */
    public record Shortage(long productId, int requested, int available) {}

    private final Map<Long, QuotedProduct> products;

    public Quote(Collection<QuotedProduct> products) {
        this.products = products.stream()
                .collect(Collectors.toUnmodifiableMap(
                        QuotedProduct::productId, Function.identity(), (first, second) -> first));
    }

    /** The ordered products this quote has no price or no stock figure for, in the lines' order. */
    public List<Long> unquoted(List<CartLine> lines) {
        return lines.stream()
                .map(CartLine::productId)
                .filter(id -> !products.containsKey(id))
                .toList();
    }

    /** The lines asking for more than is available. */
    public List<Shortage> shortages(List<CartLine> lines) {
        return lines.stream()
                .filter(line -> products.containsKey(line.productId()))
                .filter(line -> line.quantity() > products.get(line.productId()).available())
                .map(line -> new Shortage(
                        line.productId(),
                        line.quantity(),
                        products.get(line.productId()).available()))
                .toList();
    }

    /** The order lines at the quoted names and prices; every line must be quoted. */
    public List<OrderLine> price(List<CartLine> lines) {
        return lines.stream()
                .map(line -> {
                    QuotedProduct product = products.get(line.productId());
                    if (product == null) {
                        throw new IllegalArgumentException("product " + line.productId() + " was not quoted");
                    }
                    return new OrderLine(line.productId(), product.productName(), product.price(), line.quantity());
                })
                .toList();
    }
}
