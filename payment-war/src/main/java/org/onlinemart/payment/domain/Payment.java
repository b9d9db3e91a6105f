package org.onlinemart.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** One attempt to pay an order with a card, of which only the last four digits are kept. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStatus status;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "card_last4", nullable = false, updatable = false)
    private String cardLast4;

    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Payment() {}

    /** A PENDING payment; cardLast4 must be exactly four digits, so a card number cannot slip in. */
    public Payment(long orderId, long userId, BigDecimal amount, String cardLast4, String idempotencyKey) {
        if (cardLast4 == null || !cardLast4.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("card_last4 must be exactly four digits");
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amount);
        }
        this.orderId = orderId;
        this.userId = userId;
        this.amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        this.cardLast4 = cardLast4;
        this.idempotencyKey = idempotencyKey;
        this.status = PaymentStatus.PENDING;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public void succeed() {
        moveTo(PaymentStatus.SUCCEEDED);
    }

    /** The gateway declined the card. */
    public void fail() {
        moveTo(PaymentStatus.FAILED);
    }

    public void refund() {
        moveTo(PaymentStatus.REFUNDED);
    }

    private void moveTo(PaymentStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("Payment " + id + " cannot move from " + status + " to " + next);
        }
        status = next;
        updatedAt = Instant.now();
    }

    public boolean isOwnedBy(long callerId) {
        return userId == callerId;
    }

    public long id() {
        return id;
    }

    public long orderId() {
        return orderId;
    }

    public long userId() {
        return userId;
    }

    public PaymentStatus status() {
        return status;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String cardLast4() {
        return cardLast4;
    }

    /** The caller's Idempotency-Key, or null. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
