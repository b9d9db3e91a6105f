package org.onlinemart.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onlinemart.order.domain.CartLimitExceededException.Limit;

class CartTest {

    private static final int PLENTY = 1_000_000;

    private static Cart cartWith(CartLine... lines) {
        Cart cart = new Cart(7);
        for (CartLine line : lines) {
            cart.add(line.productId(), line.quantity(), PLENTY);
        }
        return cart;
    }

    @Test
    void aNewCartIsEmptyAndBelongsToItsUser() {
        Cart cart = new Cart(7);

        assertTrue(cart.isEmpty());
        assertEquals(List.of(), cart.lines());
        assertEquals(7, cart.userId());
    }

    @Test
    void addingAProductAgainAddsUpInOneLine() {
        Cart cart = new Cart(7);

        cart.add(5, 2, 10);
        cart.add(5, 3, 10);

        assertEquals(List.of(new CartLine(5, 5)), cart.lines());
        assertFalse(cart.isEmpty());
    }

    @Test
    void linesAreInProductIdOrderWhateverOrderTheyWereAddedIn() {
        Cart cart = cartWith(new CartLine(30, 1), new CartLine(10, 1), new CartLine(20, 1));

        assertEquals(
                List.of(10L, 20L, 30L),
                cart.lines().stream().map(CartLine::productId).toList());
    }

    @Test
    void theCartMayHoldAllThatIsAvailableButNoMore() {
        Cart cart = new Cart(7);
        cart.add(5, 2, 3);

        var refused = assertThrows(CartLimitExceededException.class, () -> cart.add(5, 2, 3));

        assertEquals(Limit.STOCK, refused.limit());
        assertTrue(refused.getMessage().contains("Only 3 units"), refused.getMessage());
        cart.add(5, 1, 3);
        assertEquals(List.of(new CartLine(5, 3)), cart.lines());
    }

    @Test
    void aNegativeStockLevelIsShownAsNothingAvailable() {
        var refused = assertThrows(CartLimitExceededException.class, () -> new Cart(7).add(5, 1, -2));

        assertTrue(refused.getMessage().contains("Only 0 units"), refused.getMessage());
    }

    @Test
    void oneProductTakesAtMostMaxQuantityUnitsWhateverTheStock() {
        Cart cart = new Cart(7);
        cart.add(5, Cart.MAX_QUANTITY - 1, PLENTY);

        var refused = assertThrows(CartLimitExceededException.class, () -> cart.add(5, 2, PLENTY));

        assertEquals(Limit.UNITS_PER_PRODUCT, refused.limit());
        cart.add(5, 1, PLENTY);
        assertEquals(List.of(new CartLine(5, Cart.MAX_QUANTITY)), cart.lines());
    }

    @Test
    void aCartHoldsAtMostMaxLinesProductsButMoreOfOneAlreadyInIt() {
        Cart cart = new Cart(7);
        for (long productId = 1; productId <= Cart.MAX_LINES; productId++) {
            cart.add(productId, 1, PLENTY);
        }

        var refused = assertThrows(CartLimitExceededException.class, () -> cart.add(Cart.MAX_LINES + 1, 1, PLENTY));

        assertEquals(Limit.PRODUCTS_PER_CART, refused.limit());
        cart.add(1, 1, PLENTY);
        assertEquals(Cart.MAX_LINES, cart.lines().size());
        assertEquals(new CartLine(1, 2), cart.lines().get(0));
    }

    @Test
    void aRefusedChangeChangesNothing() {
        Cart cart = cartWith(new CartLine(5, 2));

        assertThrows(CartLimitExceededException.class, () -> cart.add(5, 9, 10));
        assertThrows(CartLimitExceededException.class, () -> cart.update(5, 11, 10));
        assertThrows(ProductNotInCartException.class, () -> cart.update(6, 1, 10));

        assertEquals(List.of(new CartLine(5, 2)), cart.lines());
    }

    @Test
    void updatingSetsTheQuantityAndZeroRemovesTheLine() {
        Cart cart = cartWith(new CartLine(5, 2), new CartLine(6, 1));

        cart.update(5, 7, 10);
        assertEquals(List.of(new CartLine(5, 7), new CartLine(6, 1)), cart.lines());

        cart.update(5, 0, 0);
        assertEquals(List.of(new CartLine(6, 1)), cart.lines());
    }

    @Test
    void updatingChecksTheStockToo() {
        Cart cart = cartWith(new CartLine(5, 2));

        var refused = assertThrows(CartLimitExceededException.class, () -> cart.update(5, 4, 3));

        assertEquals(Limit.STOCK, refused.limit());
    }

    @Test
    void onlyProductsInTheCartCanBeUpdatedOrRemoved() {
        Cart cart = cartWith(new CartLine(5, 2));

        assertThrows(ProductNotInCartException.class, () -> cart.update(6, 0, 10));
        assertThrows(ProductNotInCartException.class, () -> cart.remove(6));
        cart.remove(5);
        assertTrue(cart.isEmpty());
        assertThrows(ProductNotInCartException.class, () -> cart.remove(5));
    }

    @Test
    void placingAnOrderTakesOutWhatWasOrderedAndLeavesTheRest() {
        Cart cart = cartWith(new CartLine(5, 3), new CartLine(6, 2), new CartLine(7, 1));

        cart.removeOrdered(List.of(new CartLine(5, 3), new CartLine(6, 1), new CartLine(8, 4)));

        assertEquals(List.of(new CartLine(6, 1), new CartLine(7, 1)), cart.lines());
    }

    @Test
    void orderingEverythingEmptiesTheCart() {
        Cart cart = cartWith(new CartLine(5, 3), new CartLine(6, 2));

        cart.removeOrdered(cart.lines());

        assertTrue(cart.isEmpty());
    }

    @Test
    void theLinesCannotBeChangedFromOutside() {
        Cart cart = cartWith(new CartLine(5, 3));

        assertThrows(UnsupportedOperationException.class, () -> cart.lines().clear());
        assertEquals(1, cart.lines().size());
    }

    @Test
    void linesAreValuesOfProductAndQuantity() {
        assertEquals(new CartLine(5, 3), new CartLine(5, 3));
        assertEquals(new CartLine(5, 3).hashCode(), new CartLine(5, 3).hashCode());
        assertNotEquals(new CartLine(5, 3), new CartLine(5, 4));
        assertNotEquals(new CartLine(5, 3), new CartLine(6, 3));
        assertThrows(IllegalArgumentException.class, () -> new CartLine(5, 0));
    }
}
