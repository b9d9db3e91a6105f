package org.onlinemart.payment.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** POST /refunds. */
public record RefundRequest(@NotNull @Positive Long paymentId) {}
