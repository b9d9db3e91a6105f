package org.onlinemart.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.onlinemart.commons.logging.OrderTrail;
import org.onlinemart.commons.persistence.NilUuid;

/**
 * An order as the payment service knows it from order_status: whose it is, what it costs and how it stands. The
 * amount and the owner of a payment come from here, never from the client.
 */
@Entity
@Table(name = "payable_order")
public class PayableOrder {

    static final String CONFIRMED = "CONFIRMED";
    static final String CANCELLED = "CANCELLED";

    @Id
    @Column(name = "order_id")
    private long orderId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The order's correlation id, nil while no order_status has told it (older producers did not). */
    @Column(name = "correlation_id")
    private UUID correlationId;

    protected PayableOrder() {}

    public PayableOrder(long orderId, long userId, String status, BigDecimal amount, UUID correlationId) {
        this.orderId = orderId;
        this.userId = userId;
        this.correlationId = NilUuid.toColumn(correlationId);
        follow(status, amount, correlationId);
    }

    /**
     * The order's latest status (order_status events of one order arrive in order); a correlation id, once known,
     * is kept when an event without one follows.
     */
    public void follow(String newStatus, BigDecimal newAmount, UUID newCorrelationId) {
        this.status = newStatus;
        this.amount = newAmount;
        if (newCorrelationId != null) {
            this.correlationId = newCorrelationId;
        }
        this.updatedAt = Instant.now();
    }

    /** Only a CONFIRMED order may be paid. */
    public boolean awaitsPayment() {
        return CONFIRMED.equals(status);
    }

    public boolean isCancelled() {
        return CANCELLED.equals(status);
    }

    public boolean isOwnedBy(long callerId) {
        return userId == callerId;
    }

    public long orderId() {
        return orderId;
    }

    public long userId() {
        return userId;
    }

    public String status() {
        return status;
    }

    public BigDecimal amount() {
        return amount;
    }

    /** The order's correlation id, or null when not known. */
    public UUID correlationId() {
        return NilUuid.fromColumn(correlationId);
    }

    /** What log lines about the order start with: {@code order=<id> correlation=<uuid>}. */
    public OrderTrail trail() {
        return OrderTrail.of(orderId, correlationId());
    }
}
