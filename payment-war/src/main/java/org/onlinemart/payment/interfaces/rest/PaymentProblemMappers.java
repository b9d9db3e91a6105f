package org.onlinemart.payment.interfaces.rest;

import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import org.onlinemart.commons.problem.Problem;
import org.onlinemart.commons.problem.ProblemMapper;
import org.onlinemart.payment.application.PaymentDeclinedException;

/** The answers to payment's own exceptions. */
public final class PaymentProblemMappers {

    private PaymentProblemMappers() {}

    /** 402 saying why, with the FAILED payment's id as the extension member {@code payment_id}. */
    @Provider
    public static class Declined extends ProblemMapper<PaymentDeclinedException> {

        @Override
        protected Problem problem(PaymentDeclinedException e, String instance) {
            return Problem.of(Status.PAYMENT_REQUIRED, e.getMessage(), instance)
                    .with("payment_id", e.payment().id());
        }
    }
}
