package org.onlinemart.payment.domain;

/**
 * PENDING while the gateway is asked, then SUCCEEDED or FAILED (declined, or never charged); a SUCCEEDED payment is
 * REFUNDING while the gateway gives the money back, then REFUNDED. FAILED and REFUNDED are final.
 */
public enum PaymentStatus {
    PENDING,
    SUCCEEDED,
    FAILED,
    REFUNDING,
    REFUNDED;

    public boolean canMoveTo(PaymentStatus next) {
        return switch (this) {
            case PENDING -> next == SUCCEEDED || next == FAILED;
            case SUCCEEDED -> next == REFUNDING;
            case REFUNDING -> next == REFUNDED;
            case FAILED, REFUNDED -> false;
        };
    }
}
