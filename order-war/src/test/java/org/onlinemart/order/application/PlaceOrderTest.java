package org.onlinemart.order.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onlinemart.commons.events.StockDeductionRequested;
import org.onlinemart.commons.outbox.RecordingOutbox;
import org.onlinemart.commons.problem.ConflictException;
import org.onlinemart.commons.problem.InvalidRequestException;
import org.onlinemart.commons.problem.Problem;
import org.onlinemart.commons.testing.RecordedEvents;
import org.onlinemart.order.domain.CartLine;
import org.onlinemart.order.domain.CatalogQuotes;
import org.onlinemart.order.domain.Order;
import org.onlinemart.order.domain.OrderLine;
import org.onlinemart.order.domain.OrderStatus;
import org.onlinemart.order.domain.Quote;
import org.onlinemart.order.domain.Quote.QuotedProduct;

/** POST /order's checks before anything is written, over in-memory carts and orders and a scripted catalog. */
class PlaceOrderTest {

    private static final Customer ANN = new Customer(7, "ann@example.org", "Ann");

    private final InMemoryCarts carts = new InMemoryCarts();
    private final InMemoryOrders orders = new InMemoryOrders();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final ScriptedCatalog catalog = new ScriptedCatalog();
    private final PlaceOrder placeOrder = new PlaceOrder(
            new Checkouts(carts, orders),
            catalog,
            new OrderLifecycle(orders, carts, outbox, new RecordedEvents<>(new ArrayList<>()), 30));

    /** Nothing was written: no order, no event, and the cart holds what it did. */
    private void assertNothingPlaced(List<CartLine> cart) {
        assertTrue(orders.byId.isEmpty());
        assertTrue(outbox.events.isEmpty());
        assertEquals(cart, carts.byUser.get(ANN.userId()).lines());
    }

    @Test
    void aKnownIdempotencyKeyAnswersWithItsOrderWithoutAskingTheCatalog() {
        Order placed = new Order(
                ANN.userId(),
                ANN.email(),
                ANN.name(),
                List.of(new OrderLine(1, "Tea", new BigDecimal("2.50"), 1)),
                "key-1",
                UUID.randomUUID());
        orders.add(placed);
        List<CartLine> cart = carts.fill(ANN.userId(), new CartLine(2, 1));

        PlacedOrder again = placeOrder.place(ANN, "key-1");

        assertTrue(again.replayed());
        assertSame(placed, again.order());
        assertTrue(catalog.asked.isEmpty());
        assertEquals(1, orders.byId.size());
        assertTrue(outbox.events.isEmpty());
        assertEquals(cart, carts.byUser.get(ANN.userId()).lines());
    }

    /**
     * Two requests with one key: the other one commits its order, and with it the emptied cart, just before this one
     * reads the cart. This one must answer with that order, not call the cart empty.
     */
    @Test
    void aRequestRacingTheOneThatPlacedItsKeyAnswersWithThatOrder() {
        List<CartLine> cart = carts.fill(ANN.userId(), new CartLine(1, 1));
        Order placedMeanwhile = new Order(
                ANN.userId(),
                ANN.email(),
                ANN.name(),
                List.of(new OrderLine(1, "Tea", new BigDecimal("2.50"), 1)),
                "key-1",
                UUID.randomUUID());
        carts.beforeRead = () -> {
            orders.add(placedMeanwhile);
            carts.byUser.get(ANN.userId()).removeOrdered(cart);
            carts.beforeRead = () -> {};
        };

        PlacedOrder again = placeOrder.place(ANN, "key-1");

        assertTrue(again.replayed());
        assertSame(placedMeanwhile, again.order());
        assertTrue(catalog.asked.isEmpty());
    }

    @Test
    void anEmptyCartIsAnInvalidRequestNamingTheCart() {
        var noCart = assertThrows(InvalidRequestException.class, () -> placeOrder.place(ANN, "key-1"));
        carts.fill(ANN.userId());
        var emptyCart = assertThrows(InvalidRequestException.class, () -> placeOrder.place(ANN, "key-1"));

        assertEquals("cart", noCart.field());
        assertEquals("cart", emptyCart.field());
        assertTrue(catalog.asked.isEmpty());
        assertNothingPlaced(List.of());
    }

    @Test
    void productsTheCatalogDoesNotQuoteAreAConflictNamingEachProductId() {
        List<CartLine> cart = carts.fill(ANN.userId(), new CartLine(1, 1), new CartLine(2, 1), new CartLine(3, 1));
        catalog.products.add(new QuotedProduct(2, "Cup", new BigDecimal("10.00"), 5));

        var refused = assertThrowsExactly(ConflictException.class, () -> placeOrder.place(ANN, null));

        assertEquals(
                List.of("product_id", "product_id"),
                refused.errors().stream().map(Problem.FieldError::field).toList());
        assertTrue(
                refused.errors().get(0).message().contains("product 1"),
                refused.errors().toString());
        assertTrue(
                refused.errors().get(1).message().contains("product 3"),
                refused.errors().toString());
        assertNothingPlaced(cart);
    }

    @Test
    void linesAskingForMoreThanTheStockAreAShortageNamingWhatIsAvailable() {
        List<CartLine> cart = carts.fill(ANN.userId(), new CartLine(1, 3), new CartLine(2, 1));
        catalog.products.add(new QuotedProduct(1, "Tea", new BigDecimal("2.50"), 2));
        catalog.products.add(new QuotedProduct(2, "Cup", new BigDecimal("10.00"), 1));

        var refused = assertThrows(StockShortageException.class, () -> placeOrder.place(ANN, null));

        assertEquals(List.of(new Quote.Shortage(1, 3, 2)), refused.shortages());
        assertNothingPlaced(cart);
    }

    @Test
    void theOrderIsPricedAtTheQuotedNamesAndPrices() {
        carts.fill(ANN.userId(), new CartLine(1, 2), new CartLine(2, 1));
        catalog.products.add(new QuotedProduct(1, "Green tea", new BigDecimal("2.5"), 2));
        catalog.products.add(new QuotedProduct(2, "Cup", new BigDecimal("10"), 1));

        PlacedOrder placed = placeOrder.place(ANN, null);

        Order order = placed.order();
        assertFalse(placed.replayed());
        assertEquals(List.of(Set.of(1L, 2L)), catalog.asked);
        assertEquals(
                List.of("1 Green tea 2 x 2.50", "2 Cup 1 x 10.00"),
                order.lines().stream()
                        .map(line -> line.productId() + " " + line.productName() + " " + line.quantity() + " x "
                                + line.unitPrice())
                        .toList());
        assertEquals(new BigDecimal("15.00"), order.totalPrice());
        assertEquals(OrderStatus.PENDING, order.status());
        assertSame(order, orders.byId.get(order.id()));
        assertTrue(carts.byUser.get(ANN.userId()).isEmpty());
    }

    @Test
    void theOrderKeepsTheCorrelationIdTheCatalogWasAskedWith() {
        carts.fill(ANN.userId(), new CartLine(1, 1));
        catalog.products.add(new QuotedProduct(1, "Tea", new BigDecimal("2.50"), 5));

        Order order = placeOrder.place(ANN, null).order();

        assertEquals(1, catalog.correlationIds.size());
        assertNotNull(catalog.correlationIds.get(0));
        assertEquals(catalog.correlationIds.get(0), order.correlationId());
        assertEquals(
                List.of(order.correlationId()),
                outbox.all(StockDeductionRequested.class).stream()
                        .map(StockDeductionRequested::correlationId)
                        .toList());
    }

    /** Quotes the products it was given, whatever it is asked, and remembers what it was asked. */
    private static final class ScriptedCatalog implements CatalogQuotes {
        final List<QuotedProduct> products = new ArrayList<>();
        final List<Set<Long>> asked = new ArrayList<>();
        final List<UUID> correlationIds = new ArrayList<>();

        @Override
        public Quote quote(Set<Long> productIds, UUID correlationId) {
            asked.add(Set.copyOf(productIds));
            correlationIds.add(correlationId);
            return new Quote(products);
        }
    }
}
