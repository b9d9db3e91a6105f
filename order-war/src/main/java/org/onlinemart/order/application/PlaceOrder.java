package org.onlinemart.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.onlinemart.commons.problem.ConflictException;
import org.onlinemart.commons.problem.InvalidRequestException;
import org.onlinemart.commons.problem.Problem;
import org.onlinemart.order.domain.CartLine;
import org.onlinemart.order.domain.CatalogQuotes;
import org.onlinemart.order.domain.Quote;

/**
 * POST /order (DESIGN.md §5 steps 1–2): the cart, priced and checked against stock by product's and inventory's
 * own answers, becomes a PENDING order. No transaction is open while the answers are awaited; the order, the
 * emptied cart and the events are then written in one ({@link OrderLifecycle#open}). Every failure keeps the cart.
 */
@ApplicationScoped
public class PlaceOrder {

    private Checkouts checkouts;
    private CatalogQuotes catalog;
    private OrderLifecycle lifecycle;

    protected PlaceOrder() {}

    @Inject
    public PlaceOrder(Checkouts checkouts, CatalogQuotes catalog, OrderLifecycle lifecycle) {
        this.checkouts = checkouts;
        this.catalog = catalog;
        this.lifecycle = lifecycle;
    }

    @Timed(
            name = "order_placement",
            absolute = true,
            description = "How long POST /order takes, placed or refused: the replies awaited and the order written")
    public PlacedOrder place(Customer customer, String idempotencyKey) {
        Checkout checkout = checkouts.of(customer.userId(), idempotencyKey);
        if (checkout.placed().isPresent()) {
            return new PlacedOrder(checkout.placed().get(), true);
        }
        List<CartLine> lines = checkout.lines();
        if (lines.isEmpty()) {
            throw new InvalidRequestException("cart", "The cart is empty: add products before ordering");
        }
        Set<Long> productIds =
                lines.stream().map(CartLine::productId).collect(Collectors.toCollection(LinkedHashSet::new));
        // the order's correlation id, made here: the catalog request carries it, then every event of its saga
        UUID correlationId = UUID.randomUUID();
        Quote quote = catalog.quote(productIds, correlationId);
        List<Long> unquoted = quote.unquoted(lines);
        if (!unquoted.isEmpty()) {
            throw new ConflictException(
                    "These products are unknown or have no price: " + unquoted,
                    unquoted.stream()
                            .map(id -> new Problem.FieldError(
                                    "product_id", "product " + id + " is unknown or has no price"))
                            .toList());
        }
        List<Quote.Shortage> shortages = quote.shortages(lines);
        if (!shortages.isEmpty()) {
            throw new StockShortageException(shortages);
        }
        return lifecycle.open(customer, idempotencyKey, lines, quote.price(lines), correlationId);
    }
}
