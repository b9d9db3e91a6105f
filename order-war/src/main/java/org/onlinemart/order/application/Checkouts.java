package org.onlinemart.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.onlinemart.order.domain.Cart;
import org.onlinemart.order.domain.CartLine;
import org.onlinemart.order.domain.CartRepository;
import org.onlinemart.order.domain.Order;
import org.onlinemart.order.domain.OrderRepository;

/**
 * Reads what POST /order starts from in one short transaction, so that its connection goes back to the pool before
 * the order waits for product's and inventory's replies (on Liberty a connection used outside a transaction stays
 * with the request until it ends).
 */
@ApplicationScoped
public class Checkouts {

    private CartRepository carts;
    private OrderRepository orders;

    protected Checkouts() {}

    @Inject
    public Checkouts(CartRepository carts, OrderRepository orders) {
        this.carts = carts;
        this.orders = orders;
    }

    /**
     * The cart first, then the key: a request with this key that committed meanwhile emptied the cart in the same
     * transaction that stored its order, so an empty cart read here means the key lookup, a statement later, finds
     * that order.
     */
    @Transactional
    public Checkout of(long userId, String idempotencyKey) {
        List<CartLine> lines = carts.findOfUser(userId).map(Cart::lines).orElse(List.of());
        Optional<Order> placed =
                idempotencyKey == null ? Optional.empty() : orders.findByIdempotencyKey(userId, idempotencyKey);
        return new Checkout(lines, placed);
    }
}
