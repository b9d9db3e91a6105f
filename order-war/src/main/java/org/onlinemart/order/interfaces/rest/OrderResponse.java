package org.onlinemart.order.interfaces.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.onlinemart.order.domain.Order;
import org.onlinemart.order.domain.OrderLine;

/** An order as its owner sees it (DESIGN.md §3). */
public record OrderResponse(long orderId, String status, BigDecimal totalPrice, List<Item> items, Instant createdAt) {

    public record Item(long productId, String productName, BigDecimal unitPrice, int quantity, BigDecimal totalPrice) {

        static Item from(OrderLine line) {
            return new Item(line.productId(), line.productName(), line.unitPrice(), line.quantity(), line.totalPrice());
        }
    }

    static OrderResponse from(Order order) {
        return new OrderResponse(
                order.id(),
                order.status().name(),
                order.totalPrice(),
                order.lines().stream().map(Item::from).toList(),
                order.createdAt());
    }
}
