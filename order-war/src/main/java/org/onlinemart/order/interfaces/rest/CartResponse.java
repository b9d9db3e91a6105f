package org.onlinemart.order.interfaces.rest;

import java.math.BigDecimal;
import java.util.List;
import org.onlinemart.order.application.PricedCart;

/** The caller's cart at today's prices (DESIGN.md §3). */
public record CartResponse(List<Item> items, BigDecimal totalPrice) {

    public record Item(long productId, String productName, BigDecimal unitPrice, int quantity, BigDecimal totalPrice) {

        static Item from(PricedCart.Line line) {
            return new Item(line.productId(), line.productName(), line.unitPrice(), line.quantity(), line.totalPrice());
        }
    }

    static CartResponse from(PricedCart cart) {
        return new CartResponse(cart.lines().stream().map(Item::from).toList(), cart.totalPrice());
    }
}
