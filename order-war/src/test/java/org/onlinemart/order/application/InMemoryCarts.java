package org.onlinemart.order.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.onlinemart.order.domain.Cart;
import org.onlinemart.order.domain.CartLine;
import org.onlinemart.order.domain.CartLineWithProduct;
import org.onlinemart.order.domain.CartRepository;
import org.onlinemart.order.domain.ProductView;

/** Carts in a map; a test runs on one thread, so locking one is just finding it. */
final class InMemoryCarts implements CartRepository {

    final Map<Long, Cart> byUser = new HashMap<>();
    /** Runs just before a cart is read: lets a test let another request commit at that moment. */
    Runnable beforeRead = () -> {};
    /** The product views the cart's lines are read with; none unless a test gives them. */
    Function<Long, ProductView> products = productId -> null;

    /** Puts the lines into the user's cart, whatever the stock, and returns what the cart then holds. */
    List<CartLine> fill(long userId, CartLine... lines) {
        Cart cart = openFor(userId);
        for (CartLine line : lines) {
            cart.add(line.productId(), line.quantity(), Cart.MAX_QUANTITY);
        }
        return cart.lines();
    }

    @Override
    public Optional<Cart> findOfUser(long userId) {
        beforeRead.run();
        return Optional.ofNullable(byUser.get(userId));
    }

    @Override
    public List<CartLineWithProduct> linesWithProductsOf(long userId) {
        return findOfUser(userId).map(Cart::lines).orElse(List.of()).stream()
                .map(line -> CartLineWithProduct.of(line, products.apply(line.productId())))
                .toList();
    }

    @Override
    public Optional<Cart> lockOfUser(long userId) {
        return findOfUser(userId);
    }

    @Override
    public Cart openFor(long userId) {
        return byUser.computeIfAbsent(userId, Cart::new);
    }
}
