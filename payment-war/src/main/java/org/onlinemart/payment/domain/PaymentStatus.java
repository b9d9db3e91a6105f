package org.onlinemart.payment.domain;

/**
 * PENDING while the gateway is asked, then SUCCEEDED or FAILED (declined); a SUCCEEDED payment can be
 * REFUNDED. FAILED and REFUNDED are final.
 */
public enum PaymentStatus {
    PENDING,
    SUCCEEDED,
    FAILED,
    REFUNDED;

    public boolean canMoveTo(PaymentStatus next) {
        return switch (this) {
            case PENDING -> next == SUCCEEDED || next == FAILED;
            case SUCCEEDED -> next == REFUNDED;
            case FAILED, REFUNDED -> false;
        };
    }
}
