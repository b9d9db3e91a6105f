package org.onlinemart.order.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onlinemart.commons.logging.OrderTrail;
import org.onlinemart.commons.persistence.NilUuid;

/**
 * A customer's order: the lines are fixed when it is placed, then only its status moves, and only as
 * {@link OrderStatus#canMoveTo} allows. The e-mail and name are kept for the notifications the saga sends.
 */
@Entity(name = "CustomerOrder") // ORDER is a JPQL keyword
@Table(name = "customer_order")
public class Order {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "user_email", nullable = false, updatable = false)
    private String userEmail;

    @Column(name = "user_name", nullable = false, updatable = false)
    private String userName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Column(name = "total_price", nullable = false, updatable = false)
    private BigDecimal totalPrice;

    // every answer shows the lines, so they come with the order
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderBy("productId")
    private List<OrderLine> lines = new ArrayList<>();

    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    /** Made when the customer placed it; every event of its saga carries it. Nil for orders placed before. */
    @Column(name = "correlation_id", updatable = false)
    private UUID correlationId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** A payment was started and has not ended: the unpaid-order job leaves the order alone meanwhile. */
    @Column(name = "payment_in_progress", nullable = false)
    private boolean paymentInProgress;

    /** When inventory was last asked again about this PENDING order, as its answer never came; null if never. */
    @Column(name = "reconciled_at")
    private Instant reconciledAt;

    @Column(name = "reconcile_attempts", nullable = false)
    private int reconcileAttempts;

    @Version
    private long version;

    protected Order() {}

    /** A new PENDING order; idempotencyKey may be null. */
    public Order(
            long userId,
            String userEmail,
            String userName,
            List<OrderLine> lines,
            String idempotencyKey,
            UUID correlationId) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        if (lines.stream().map(OrderLine::productId).distinct().count() != lines.size()) {
            throw new IllegalArgumentException("an order has one line per product");
        }
        this.userId = userId;
        this.userEmail = userEmail;
        this.userName = userName;
        this.lines = new ArrayList<>(lines);
        this.totalPrice = lines.stream().map(OrderLine::totalPrice).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.idempotencyKey = idempotencyKey;
        this.correlationId = NilUuid.toColumn(correlationId);
        this.status = OrderStatus.PENDING;
        // the database keeps microseconds: the order answered now must equal the order read back later
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = createdAt;
    }

    /** Inventory reserved every line. */
    public void confirm() {
        moveTo(OrderStatus.CONFIRMED);
    }

    /** Inventory could not reserve every line. */
    public void reject() {
        moveTo(OrderStatus.REJECTED);
    }

    /** The customer cancelled, or the payment grace period ran out; only before payment. */
    public void cancel() {
        moveTo(OrderStatus.CANCELLED);
    }

    /** The payment service started charging the customer's card for this CONFIRMED order. */
    public void paymentStarted() {
        if (status == OrderStatus.CONFIRMED) {
            paymentInProgress = true;
        }
    }

    /** The payment under way did not go through; the order waits for another, or for its grace period to end. */
    public void paymentFailed() {
        paymentInProgress = false;
    }

    public void markPaid() {
        moveTo(OrderStatus.PAID);
        paymentInProgress = false;
    }

    public void refund() {
        moveTo(OrderStatus.REFUNDED);
    }

    /**
     * Inventory's answer never came, so it is asked again: only a PENDING order waits for one. The status stays.
     *
     * @throws IllegalStateException when the order is no longer PENDING
     */
    public void askedInventoryAgain(Instant at) {
        if (status != OrderStatus.PENDING) {
            throw new IllegalStateException("order " + id + " is " + status + ", not waiting for inventory");
        }
        reconciledAt = at.truncatedTo(ChronoUnit.MICROS);
        reconcileAttempts++;
    }

    private void moveTo(OrderStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalOrderTransitionException(id, status, next);
        }
        status = next;
        updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public boolean isPaymentInProgress() {
        return paymentInProgress;
    }

    public boolean isOwnedBy(long callerId) {
        return userId == callerId;
    }

    public long id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public String userEmail() {
        return userEmail;
    }

    public String userName() {
        return userName;
    }

    public OrderStatus status() {
        return status;
    }

    public BigDecimal totalPrice() {
        return totalPrice;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    /** The caller's Idempotency-Key, or null. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** The correlation id it was placed under, or null for an order placed before there were any. */
    public UUID correlationId() {
        return NilUuid.fromColumn(correlationId);
    }

    /** What its log lines start with: {@code order=<id> correlation=<uuid>}. */
    public OrderTrail trail() {
        return new OrderTrail(id, correlationId());
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** When inventory was last asked again, or null if it never was. */
    public Instant reconciledAt() {
        return reconciledAt;
    }

    /** How often inventory was asked again about this order. */
    public int reconcileAttempts() {
        return reconcileAttempts;
    }
}
