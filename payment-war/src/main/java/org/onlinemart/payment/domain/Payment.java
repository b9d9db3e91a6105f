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
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.onlinemart.commons.logging.OrderTrail;
import org.onlinemart.commons.persistence.NilUuid;

/**
 * One attempt to pay an order with a card, of which only the last four digits are kept. It is recorded PENDING
 * before the gateway is asked, so that a crash in between leaves a trace to resolve; the customer's e-mail and
 * name are kept for the mails about it.
 */
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

    @Column(name = "user_email", nullable = false, updatable = false)
    private String userEmail;

    @Column(name = "user_name", nullable = false, updatable = false)
    private String userName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStatus status;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "card_last4", nullable = false, updatable = false)
    private String cardLast4;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    /** The correlation id of the order it pays, as payment knew it when the payment was opened; may be nil. */
    @Column(name = "correlation_id", updatable = false)
    private UUID correlationId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Payment() {}

    /** A PENDING payment; cardLast4 must be exactly four digits, so a card number cannot slip in. */
    public Payment(PayableOrder order, String userEmail, String userName, String cardLast4, String idempotencyKey) {
        if (cardLast4 == null || !cardLast4.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("card_last4 must be exactly four digits");
        }
        if (order.amount().signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + order.amount());
        }
        this.orderId = order.orderId();
        this.userId = order.userId();
        this.userEmail = Objects.requireNonNull(userEmail);
        this.userName = Objects.requireNonNull(userName);
        this.amount = order.amount().setScale(2, RoundingMode.UNNECESSARY);
        this.cardLast4 = cardLast4;
        this.idempotencyKey = idempotencyKey;
        this.correlationId = NilUuid.toColumn(order.correlationId());
        this.status = PaymentStatus.PENDING;
        // the database keeps microseconds: what is answered now must equal what is read back later
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = createdAt;
    }

    /** The gateway charged the card. */
    public void succeed() {
        moveTo(PaymentStatus.SUCCEEDED);
    }

    /** The gateway declined the card, or never charged it; says why. */
    public void fail(String reason) {
        moveTo(PaymentStatus.FAILED);
        failureReason = Objects.requireNonNull(reason);
    }

    /** The money is to go back: the gateway is asked next. */
    public void requestRefund() {
        moveTo(PaymentStatus.REFUNDING);
    }

    /** The gateway gave the money back. */
    public void refunded() {
        moveTo(PaymentStatus.REFUNDED);
    }

    private void moveTo(PaymentStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("Payment " + id + " cannot move from " + status + " to " + next);
        }
        status = next;
        updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public boolean isOwnedBy(long callerId) {
        return userId == callerId;
    }

    /** The reference the gateway knows this payment by; asking with it again never charges twice. */
    public String gatewayReference() {
        return "onlinemart-payment-" + id;
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

    public String userEmail() {
        return userEmail;
    }

    public String userName() {
        return userName;
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

    /** Why it FAILED, or null. */
    public String failureReason() {
        return failureReason;
    }

    /** The caller's Idempotency-Key, or null. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** The correlation id of the order it pays, or null when not known. */
    public UUID correlationId() {
        return NilUuid.fromColumn(correlationId);
    }

    /** What log lines about it start with: the order's {@code order=<id> correlation=<uuid>}. */
    public OrderTrail trail() {
        return OrderTrail.of(orderId, correlationId());
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
