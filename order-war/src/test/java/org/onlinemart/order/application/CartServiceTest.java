package org.onlinemart.order.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.onlinemart.order.domain.CartLimitExceededException;
import org.onlinemart.order.domain.CartLimitExceededException.Limit;
import org.onlinemart.order.domain.ProductNotInCartException;
import org.onlinemart.order.domain.ProductView;
import org.onlinemart.order.domain.ProductViewRepository;

/** The cart against the product views, with both kept in memory. */
class CartServiceTest {

    private static final long ANN = 7;

    private final InMemoryCarts carts = new InMemoryCarts();
    private final Map<Long, ProductView> views = new HashMap<>();
    private final CartService service = new CartService(carts, new InMemoryViews());

    {
        carts.products = views::get;
    }

    private void view(long productId, String name, String price, Integer available) {
        views.put(productId, new ProductView() {
            @Override
            public long productId() {
                return productId;
            }

            @Override
            public String productName() {
                return name;
            }

            @Override
            public BigDecimal price() {
                return price == null ? null : new BigDecimal(price);
            }

            @Override
            public Integer available() {
                return available;
            }
        });
    }

    @Test
    void aUserWithoutACartSeesAnEmptyOneTotallingZeroCents() {
        PricedCart cart = service.cartOf(ANN);

        assertEquals(List.of(), cart.lines());
        assertEquals(new BigDecimal("0.00"), cart.totalPrice());
        assertTrue(carts.byUser.isEmpty(), "looking creates no cart");
    }

    @Test
    void theCartIsShownAtTodaysPricesInCents() {
        view(1, "Tea", "2.50", 10);
        view(2, "Cup", "10", 10);
        service.add(ANN, 1, 2);
        service.add(ANN, 2, 1);

        view(1, "Green tea", "3.00", 10);
        PricedCart cart = service.cartOf(ANN);

        assertEquals(
                List.of(
                        new PricedCart.Line(1, "Green tea", new BigDecimal("3.00"), 2, new BigDecimal("6.00")),
                        new PricedCart.Line(2, "Cup", new BigDecimal("10.00"), 1, new BigDecimal("10.00"))),
                cart.lines());
        assertEquals(new BigDecimal("16.00"), cart.totalPrice());
    }

    @Test
    void onlyAProductWithAPriceGoesIntoACart() {
        view(1, null, null, 5);

        assertThrows(ProductNotForSaleException.class, () -> service.add(ANN, 1, 1));
        assertThrows(ProductNotForSaleException.class, () -> service.add(ANN, 2, 1));
    }

    @Test
    void aStockLevelInventoryHasNotPublishedYetCountsAsNone() {
        view(1, "Tea", "2.50", null);

        var refused = assertThrows(CartLimitExceededException.class, () -> service.add(ANN, 1, 1));

        assertEquals(Limit.STOCK, refused.limit());
        assertTrue(refused.getMessage().contains("Only 0 units"), refused.getMessage());
    }

    @Test
    void updatingChecksTheStockButTakingOutNeedsNone() {
        view(1, "Tea", "2.50", 5);
        service.add(ANN, 1, 4);
        view(1, "Tea", "2.50", 2);

        assertThrows(CartLimitExceededException.class, () -> service.update(ANN, 1, 3));
        assertEquals(2, service.update(ANN, 1, 2).lines().get(0).quantity());
        assertEquals(List.of(), service.update(ANN, 1, 0).lines());
    }

    @Test
    void changingACartTheUserNeverHadIsNotInCart() {
        assertThrows(ProductNotInCartException.class, () -> service.update(ANN, 1, 1));
        assertThrows(ProductNotInCartException.class, () -> service.remove(ANN, 1));
        assertTrue(carts.byUser.isEmpty());
    }

    @Test
    void removingAProductAnswersWithWhatIsLeft() {
        view(1, "Tea", "2.50", 5);
        view(2, "Cup", "10.00", 5);
        service.add(ANN, 1, 1);
        service.add(ANN, 2, 1);

        PricedCart cart = service.remove(ANN, 1);

        assertEquals(
                List.of(2L),
                cart.lines().stream().map(PricedCart.Line::productId).toList());
        assertEquals(new BigDecimal("10.00"), cart.totalPrice());
    }

    private class InMemoryViews implements ProductViewRepository {

        @Override
        public boolean applyPrice(
                long productId, String productName, BigDecimal price, Instant effectiveAt, Instant announcedAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean applyStock(long productId, int available, Instant announcedAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ProductView> find(long productId) {
            return Optional.ofNullable(views.get(productId));
        }

        @Override
        public List<ProductView> findAll(Collection<Long> productIds) {
            return productIds.stream()
                    .filter(views::containsKey)
                    .map(views::get)
                    .toList();
        }
    }
}
