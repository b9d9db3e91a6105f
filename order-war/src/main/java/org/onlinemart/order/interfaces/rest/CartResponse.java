package org.onlinemart.order.interfaces.rest;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onlinemart.order.application.PricedCart;

/** The caller's cart at today's prices (DESIGN.md §3). */
public record CartResponse(
        List<Item> items,

        @Schema(description = "The sum of the items' total_price", examples = "39.98")
        BigDecimal totalPrice) {

    @Schema(name = "CartItem")
    public record Item(
            @Schema(examples = "7") long productId,
            @Schema(examples = "Espresso beans 1 kg") String productName,

            @Schema(description = "Today's price", examples = "19.99")
            BigDecimal unitPrice,

            @Schema(examples = "2") int quantity,

            @Schema(description = "unit_price times quantity", examples = "39.98")
            BigDecimal totalPrice) {

        static Item from(PricedCart.Line line) {
            return new Item(line.productId(), line.productName(), line.unitPrice(), line.quantity(), line.totalPrice());
        }
    }

    static CartResponse from(PricedCart cart) {
        return new CartResponse(cart.lines().stream().map(Item::from).toList(), cart.totalPrice());
    }
}
