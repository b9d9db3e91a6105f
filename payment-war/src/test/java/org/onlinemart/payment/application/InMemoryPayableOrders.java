package org.onlinemart.payment.application;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.onlinemart.payment.domain.PayableOrder;
import org.onlinemart.payment.domain.PayableOrderRepository;

/** The orders payment knows, in memory. */
final class InMemoryPayableOrders implements PayableOrderRepository {

    final Map<Long, PayableOrder> byId = new HashMap<>();

    @Override
    public Optional<PayableOrder> findById(long orderId) {
        return Optional.ofNullable(byId.get(orderId));
    }

    @Override
    public Optional<PayableOrder> lockById(long orderId) {
        return findById(orderId);
    }

    @Override
    public void add(PayableOrder order) {
        byId.put(order.orderId(), order);
    }
}
