package org.onlinemart.order.application;

import java.math.BigDecimal;
import java.util.List;

/** A cart as its owner sees it: each line with the product's current name and price, and the sum. */
public record PricedCart(List<Line> lines, BigDecimal totalPrice) {

    /** unitPrice and totalPrice are null only if the product's view lost its price, which no event does. */
    public record Line(long productId, String productName, BigDecimal unitPrice, int quantity, BigDecimal totalPrice) {}
}
