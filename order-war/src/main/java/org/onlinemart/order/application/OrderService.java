package org.onlinemart.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.commons.problem.ResourceNotFoundException;
import org.onlinemart.order.domain.Order;
import org.onlinemart.order.domain.OrderRepository;

/** Orders as their owners and admins read them; {@link PlaceOrder} and {@link OrderLifecycle} write them. */
@ApplicationScoped
public class OrderService {

    private OrderRepository orders;

    protected OrderService() {}

    @Inject
    public OrderService(OrderRepository orders) {
        this.orders = orders;
    }

    /** The caller's orders, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Order> ordersOf(long callerId, PageRequest page) {
        return orders.pageOfUser(callerId, page);
    }

    /** One of the caller's orders; someone else's is as unknown as a missing one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Order orderOf(long callerId, long orderId) {
        return orders.findById(orderId)
                .filter(order -> order.isOwnedBy(callerId))
                .orElseThrow(() -> new ResourceNotFoundException("Order", orderId));
    }

    /** Everyone's orders, newest first, for admins. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Order> allOrders(PageRequest page) {
        return orders.page(page);
    }
}
