package org.onlinemart.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.onlinemart.commons.problem.ResourceNotFoundException;
import org.onlinemart.payment.domain.Payment;
import org.onlinemart.payment.domain.PaymentRepository;

/** Payments as their owners read them; charging and refunding come with the payment gateway. */
@ApplicationScoped
public class PaymentService {

    private PaymentRepository payments;

    protected PaymentService() {}

    @Inject
    public PaymentService(PaymentRepository payments) {
        this.payments = payments;
    }

    /** One of the caller's payments; someone else's is as unknown as a missing one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Payment paymentOf(long callerId, long paymentId) {
        return payments.findById(paymentId)
                .filter(payment -> payment.isOwnedBy(callerId))
                .orElseThrow(() -> new ResourceNotFoundException("Payment", paymentId));
    }
}
