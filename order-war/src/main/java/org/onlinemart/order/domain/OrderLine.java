package org.onlinemart.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** One product of an order, with the name and unit price it had when the order was placed. */
@Embeddable
public class OrderLine {

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "product_name", nullable = false)
    private String productName;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(nullable = false)
    private int quantity;

    protected OrderLine() {}

    public OrderLine(long productId, String productName, BigDecimal unitPrice, int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
        }
        if (unitPrice.signum() < 0) {
            throw new IllegalArgumentException("unit price must not be negative, was " + unitPrice);
        }
        this.productId = productId;
        this.productName = Objects.requireNonNull(productName);
        // prices are whole cents; a third decimal place is a bug upstream, not something to round away
        this.unitPrice = unitPrice.setScale(2, RoundingMode.UNNECESSARY);
        this.quantity = quantity;
    }

    public long productId() {
        return productId;
    }

    public String productName() {
        return productName;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public int quantity() {
        return quantity;
    }

    public BigDecimal totalPrice() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
