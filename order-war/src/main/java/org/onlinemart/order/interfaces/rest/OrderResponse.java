package org.onlinemart.order.interfaces.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onlinemart.order.domain.Order;
import org.onlinemart.order.domain.OrderLine;

/** An order as its owner sees it (DESIGN.md §3). */
public record OrderResponse(
        @Schema(examples = "1001") long orderId,

        @Schema(
                enumeration = {"PENDING", "CONFIRMED", "REJECTED", "CANCELLED", "PAID", "REFUNDED"},
                examples = "PENDING")
        String status,

        @Schema(description = "The sum of the items' total_price", examples = "39.98")
        BigDecimal totalPrice,

        List<Item> items,
        @Schema(examples = "2026-02-03T10:15:30Z") Instant createdAt) {

    @Schema(name = "OrderItem")
    public record Item(
            @Schema(examples = "7") long productId,
            @Schema(examples = "Espresso beans 1 kg") String productName,

            @Schema(description = "The price when the order was placed", examples = "19.99")
            BigDecimal unitPrice,

            @Schema(examples = "2") int quantity,

            @Schema(description = "unit_price times quantity", examples = "39.98")
            BigDecimal totalPrice) {

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
