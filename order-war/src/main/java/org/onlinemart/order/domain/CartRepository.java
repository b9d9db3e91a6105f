package org.onlinemart.order.domain;

import java.util.List;
import java.util.Optional;

/** Carts by their user's id. The lock methods need a transaction and hold the cart's row until it ends. */
public interface CartRepository {

    /** The user's cart as stored, without locking it; empty if the user never had one. */
    Optional<Cart> findOfUser(long userId);

    /** The lines of the user's cart in product order, each with its product's view, read together; none without a cart. */
    List<CartLineWithProduct> linesWithProductsOf(long userId);

    /**
     * The user's cart, locked against every other change until the transaction ends and read afresh (also if this
     * transaction read it before); empty if there is none.
     */
    Optional<Cart> lockOfUser(long userId);

    /** The user's cart, created empty if there is none yet, and locked like {@link #lockOfUser}. */
    Cart openFor(long userId);
}
