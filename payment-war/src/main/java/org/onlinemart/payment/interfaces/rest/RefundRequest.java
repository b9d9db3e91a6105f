package org.onlinemart.payment.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** POST /refunds. */
public record RefundRequest(
        @NotNull @Positive @Schema(examples = "77") Long paymentId) {}
