package org.onlinemart.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the order service knows of a product from product and inventory: its current price and how many
 * can be ordered. Either half may still be unknown (null) when its first event has not arrived.
 */
@Entity
@Table(name = "product_view")
public class ProductView {

    @Id
    @Column(name = "product_id")
    private Long productId;

    @Column(name = "product_name")
    private String productName;

    private BigDecimal price;

    @Column(name = "price_effective_at")
    private Instant priceEffectiveAt;

    private Integer available;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ProductView() {}

    public long productId() {
        return productId;
    }

    public String productName() {
        return productName;
    }

    /** The current price, or null while product has published none. */
    public BigDecimal price() {
        return price;
    }

    public Instant priceEffectiveAt() {
        return priceEffectiveAt;
    }

    /** Units that can be ordered, or null while inventory has published nothing for it. */
    public Integer available() {
        return available;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
