package org.onlinemart.product.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductPriceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Product TEA = new Product("Tea", new Category("Drinks", null), null);

    private static ProductPrice price(String amount, Instant effective, Instant setAt) {
        return new ProductPrice(TEA, new BigDecimal(amount), effective, setAt);
    }

    private static Instant minutes(long offset) {
        return NOW.plus(Duration.ofMinutes(offset));
    }

    @Test
    void noPriceIsCurrentWithoutPrices() {
        assertTrue(ProductPrice.currentOf(List.of(), NOW).isEmpty());
    }

    @Test
    void theLatestEffectivePriceIsCurrentWhateverTheOrderTheyWereSetIn() {
        var older = price("10.00", minutes(-60), minutes(-5));
        var newer = price("12.00", minutes(-30), minutes(-90));

        assertSame(newer, ProductPrice.currentOf(List.of(older, newer), NOW).orElseThrow());
    }

    @Test
    void aFuturePriceIsNotCurrentUntilItsTimeAndThenIs() {
        var today = price("10.00", minutes(-60), minutes(-60));
        var tomorrow = price("11.00", minutes(10), minutes(-1));

        assertSame(today, ProductPrice.currentOf(List.of(today, tomorrow), NOW).orElseThrow());
        assertSame(
                today,
                ProductPrice.currentOf(List.of(today, tomorrow), minutes(10).minusNanos(1000))
                        .orElseThrow());
        assertSame(
                tomorrow,
                ProductPrice.currentOf(List.of(today, tomorrow), minutes(10)).orElseThrow());
    }

    @Test
    void onlyFuturePricesMeanNoCurrentPrice() {
        assertTrue(ProductPrice.currentOf(List.of(price("10.00", minutes(1), NOW)), NOW)
                .isEmpty());
    }

    @Test
    void ofTwoPricesEffectiveAtTheSameInstantTheOneSetLastIsCurrent() {
        var first = price("10.00", minutes(-10), minutes(-20));
        var second = price("9.00", minutes(-10), minutes(-15));

        assertSame(second, ProductPrice.currentOf(List.of(second, first), NOW).orElseThrow());
    }

    @Test
    void withoutAnEffectiveDateAPriceAppliesFromWhenItIsSet() {
        var price = price("10.00", null, NOW);

        assertEquals(NOW, price.effectiveDate());
        assertTrue(price.isEffectiveAt(NOW));
    }

    @Test
    void aPriceHasTwoDecimals() {
        assertEquals(new BigDecimal("12.50"), price("12.5", null, NOW).price());
        assertEquals(new BigDecimal("0.01"), price("0.01", null, NOW).price());
        assertEquals(
                new BigDecimal("9999999999.99"),
                price("9999999999.99", null, NOW).price());
    }

    @Test
    void aPriceMustBeAboveZeroWithAtMostTwoDecimalsAndTenIntegerDigits() {
        for (String wrong : List.of("0", "0.00", "-1", "12.345", "12.500", "0.001", "10000000000")) {
            assertThrows(IllegalArgumentException.class, () -> price(wrong, null, NOW), wrong);
        }
        assertThrows(IllegalArgumentException.class, () -> new ProductPrice(TEA, null, null, NOW));
    }

    @Test
    void aPriceIsPublishedOnce() {
        var price = price("10.00", null, NOW);
        price.markPublished(NOW);
        price.markPublished(minutes(1));

        assertTrue(price.isPublished());
    }
}
