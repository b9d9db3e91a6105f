package org.onlinemart.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.onlinemart.inventory.domain.InvalidStockInException.Attribute;

/**
 * One delivery of a product into a warehouse from a supplier. Refers to the item, warehouse and supplier by
 * id (other aggregates); checks its own rules when made, so an invalid delivery never exists.
 */
@Entity
@Table(name = "stock_in")
public class StockIn {

    /** More than this in one delivery is a typing error rather than a delivery. */
    public static final int MAX_QUANTITY = 1_000_000;
    /** The largest cost a NUMERIC(12,2) column holds. */
    public static final BigDecimal MAX_COST = new BigDecimal("9999999999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    private long warehouseId;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    private long supplierId;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal cost;

    @Column(name = "batch_number", updatable = false)
    private String batchNumber;

    @Column(name = "manufacture_date", updatable = false)
    private LocalDate manufactureDate;

    @Column(name = "expiry_date", updatable = false)
    private LocalDate expiryDate;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected StockIn() {}

    /** @throws InvalidStockInException naming the attribute that breaks a rule */
    public StockIn(
            long productId,
            long warehouseId,
            long supplierId,
            int quantity,
            BigDecimal cost,
            String batchNumber,
            LocalDate manufactureDate,
            LocalDate expiryDate) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new InvalidStockInException(Attribute.QUANTITY, "must be between 1 and " + MAX_QUANTITY);
        }
        if (expiryDate != null && manufactureDate != null && expiryDate.isBefore(manufactureDate)) {
            throw new InvalidStockInException(Attribute.EXPIRY_DATE, "must not be before manufacture_date");
        }
        this.productId = productId;
        this.warehouseId = warehouseId;
        this.supplierId = supplierId;
        this.quantity = quantity;
        this.cost = money(cost);
        this.batchNumber = batchNumber == null || batchNumber.isBlank() ? null : batchNumber.strip();
        this.manufactureDate = manufactureDate;
        this.expiryDate = expiryDate;
        this.receivedAt = Instant.now();
    }

    private static BigDecimal money(BigDecimal cost) {
        if (cost == null || cost.signum() < 0 || cost.compareTo(MAX_COST) > 0) {
            throw new InvalidStockInException(Attribute.COST, "must be between 0 and " + MAX_COST);
        }
        try {
            return cost.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException moreThanTwoDecimals) {
            throw new InvalidStockInException(Attribute.COST, "must have at most 2 decimals");
        }
    }

    public long id() {
        return id;
    }

    public long productId() {
        return productId;
    }

    public long warehouseId() {
        return warehouseId;
    }

    public long supplierId() {
        return supplierId;
    }

    public int quantity() {
        return quantity;
    }

    public BigDecimal cost() {
        return cost;
    }

    public String batchNumber() {
        return batchNumber;
    }

    public LocalDate manufactureDate() {
        return manufactureDate;
    }

    public LocalDate expiryDate() {
        return expiryDate;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
