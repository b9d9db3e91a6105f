package org.onlinemart.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.onlinemart.inventory.domain.InvalidStockInException.Attribute;

/** The stock of one product across warehouses; available never drops below zero. */
@Entity
@Table(name = "inventory_item")
public class InventoryItem {

    @Id
    @Column(name = "product_id")
    private Long productId;

    @Column(name = "product_name", nullable = false)
    private String productName;

    private String description;

    @Column(nullable = false)
    private int available;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected InventoryItem() {}

    private InventoryItem(long productId, String productName, String description) {
        this.productId = productId;
        this.productName = productName;
        this.description = description;
        this.available = 0;
        this.updatedAt = Instant.now();
    }

    /** A product's item as it starts: known, with nothing in stock. */
    public static InventoryItem openFor(long productId, String productName, String description) {
        return new InventoryItem(productId, productName, description);
    }

    /**
     * Adds a delivery to what is available. Callers hold the item's row lock, so concurrent deliveries
     * add up instead of overwriting each other.
     */
    public void receive(StockIn stockIn) {
        if (stockIn.productId() != productId) {
            throw new IllegalArgumentException(
                    "stock-in of product " + stockIn.productId() + " received into the item of product " + productId);
        }
        if (stockIn.quantity() > Integer.MAX_VALUE - available) {
            throw new InvalidStockInException(
                    Attribute.QUANTITY, "would take the stock of product " + productId + " above " + Integer.MAX_VALUE);
        }
        available += stockIn.quantity();
        updatedAt = Instant.now();
    }

    public long productId() {
        return productId;
    }

    public String productName() {
        return productName;
    }

    public String description() {
        return description;
    }

    public int available() {
        return available;
    }
}
