package org.onlinemart.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** How many units of one product an order asks for; {@link Demand} checks the quantities. */
@Embeddable
public class ReservationLine {

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(nullable = false)
    private int quantity;

    protected ReservationLine() {}

    public ReservationLine(long productId, int quantity) {
        this.productId = productId;
        this.quantity = quantity;
    }

    public long productId() {
        return productId;
    }

    public int quantity() {
        return quantity;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReservationLine line && line.productId == productId && line.quantity == quantity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(productId, quantity);
    }

    @Override
    public String toString() {
        return quantity + " x product " + productId;
    }
}
