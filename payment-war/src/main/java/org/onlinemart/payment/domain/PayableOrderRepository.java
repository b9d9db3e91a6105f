package org.onlinemart.payment.domain;

import java.util.Optional;

public interface PayableOrderRepository {

    Optional<PayableOrder> findById(long orderId);

    /** The order, locked for this transaction: payments for it and its status changes wait for each other. */
    Optional<PayableOrder> lockById(long orderId);

    void add(PayableOrder order);
}
