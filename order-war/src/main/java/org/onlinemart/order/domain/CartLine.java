package org.onlinemart.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * How many units of one product are in a cart. A value: a new quantity is a new line (see {@link Cart}).
 * Equal lines name the same product and quantity; when a line was added is bookkeeping, not part of its value.
 */
@Embeddable
public class CartLine {

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CartLine() {}

    public CartLine(long productId, int quantity) {
        this(productId, quantity, Instant.now());
    }

    private CartLine(long productId, int quantity, Instant addedAt) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
        }
        this.productId = productId;
        this.quantity = quantity;
        this.addedAt = addedAt;
    }

    /** The same product, as many units as given, added when this line was. */
    CartLine withQuantity(int newQuantity) {
        return new CartLine(productId, newQuantity, addedAt);
    }

    public long productId() {
        return productId;
    }

    public int quantity() {
        return quantity;
    }

    public Instant addedAt() {
        return addedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CartLine line && line.productId == productId && line.quantity == quantity;
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
