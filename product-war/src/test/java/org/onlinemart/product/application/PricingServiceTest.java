package org.onlinemart.product.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onlinemart.commons.events.ProductPriceSet;
import org.onlinemart.commons.outbox.RecordingOutbox;
import org.onlinemart.commons.problem.ResourceNotFoundException;
import org.onlinemart.product.domain.Product;
import org.onlinemart.product.domain.ProductPrice;

class PricingServiceTest {

    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final PricingService pricing = new PricingService(catalog.products(), catalog.priceRepository(), outbox);
    private final Product tea = catalog.product("Tea");

    private ProductPrice set(String price, Instant effective) {
        return pricing.setPrice(new NewPrice(tea.id(), new BigDecimal(price), effective));
    }

    private List<BigDecimal> announcedPrices() {
        return outbox.all(ProductPriceSet.class).stream()
                .map(ProductPriceSet::price)
                .toList();
    }

    @Test
    void aPriceEffectiveNowIsAnnouncedAtOnce() {
        var price = set("12.5", null);

        var announced = outbox.all(ProductPriceSet.class);
        assertEquals(1, announced.size());
        assertEquals(tea.id(), announced.get(0).productId());
        assertEquals("Tea", announced.get(0).productName());
        assertEquals(new BigDecimal("12.50"), announced.get(0).price());
        assertEquals(price.effectiveDate(), announced.get(0).effectiveDate());
        assertTrue(price.isPublished());
    }

    @Test
    void aFuturePriceIsAnnouncedOnceWhenItComesDue() {
        Instant due = Instant.now().plus(Duration.ofHours(1));
        set("10.00", null);
        set("11.00", due);

        assertEquals(0, pricing.publishDuePrices(due.minusSeconds(1), 100));
        assertEquals(List.of(new BigDecimal("10.00")), announcedPrices());

        assertEquals(1, pricing.publishDuePrices(due, 100));
        assertEquals(0, pricing.publishDuePrices(due.plusSeconds(1), 100));
        assertEquals(List.of(new BigDecimal("10.00"), new BigDecimal("11.00")), announcedPrices());
    }

    @Test
    void ofPricesComingDueTogetherOnlyTheNewestIsAnnounced() {
        Instant soon = Instant.now().plus(Duration.ofMinutes(1));
        set("11.00", soon);
        set("12.00", soon.plusSeconds(30));

        assertEquals(2, pricing.publishDuePrices(soon.plusSeconds(60), 100));

        assertEquals(List.of(new BigDecimal("12.00")), announcedPrices());
        assertTrue(catalog.prices().stream().allMatch(ProductPrice::isPublished));
    }

    @Test
    void aDuePriceIsPassedOverWhenANewerOneIsDueTooEvenIfClaimedAlone() {
        Instant soon = Instant.now().plus(Duration.ofMinutes(1));
        var older = set("11.00", soon);
        set("12.00", soon.plusSeconds(30));

        assertEquals(1, pricing.publishDuePrices(soon.plusSeconds(60), 1)); // claims the older one only

        assertTrue(older.isPublished());
        assertEquals(List.of(), announcedPrices());
        assertEquals(1, pricing.publishDuePrices(soon.plusSeconds(60), 1));
        assertEquals(List.of(new BigDecimal("12.00")), announcedPrices());
    }

    @Test
    void aBackDatedPriceOlderThanTheCurrentOneIsNotAnnounced() {
        set("10.00", null);
        var backDated = set("9.00", Instant.now().minus(Duration.ofDays(30)));

        assertEquals(List.of(new BigDecimal("10.00")), announcedPrices());
        assertTrue(backDated.isPublished());
    }

    @Test
    void aPriceForAnUnknownProductIsRefused() {
        assertThrows(
                ResourceNotFoundException.class,
                () -> pricing.setPrice(new NewPrice(tea.id() + 100, BigDecimal.ONE, null)));
        assertTrue(outbox.events.isEmpty());
    }
}
