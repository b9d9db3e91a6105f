package org.onlinemart.payment.application;

import org.onlinemart.payment.domain.PaymentStatus;

/** A CDI event: a payment reached SUCCEEDED, FAILED or REFUNDED; observed after the commit to count it. */
public record PaymentSettled(long paymentId, PaymentStatus status) {}
