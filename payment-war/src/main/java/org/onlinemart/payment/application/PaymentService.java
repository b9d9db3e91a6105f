package org.onlinemart.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.commons.problem.ResourceNotFoundException;
import org.onlinemart.payment.domain.Payment;
import org.onlinemart.payment.domain.PaymentRepository;

/** Payments as customers (their own) and admins (everyone's) read them. */
@ApplicationScoped
public class PaymentService {

    private PaymentRepository payments;

    protected PaymentService() {}

    @Inject
    public PaymentService(PaymentRepository payments) {
        this.payments = payments;
    }

    /** One payment; a customer's someone else's is as unknown as a missing one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Payment paymentVisibleTo(long callerId, boolean admin, long paymentId) {
        return payments.findById(paymentId)
                .filter(payment -> admin || payment.isOwnedBy(callerId))
                .orElseThrow(() -> new ResourceNotFoundException("Payment", paymentId));
    }

    /** Newest first: an admin's page holds everyone's, anyone else's only their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Payment> visibleTo(long callerId, boolean admin, PageRequest page) {
        return admin ? payments.page(page) : payments.pageOfUser(callerId, page);
    }
}
