package org.onlinemart.product.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.onlinemart.commons.events.ProductDetailsAnswered;
import org.onlinemart.commons.events.ProductDetailsAnswered.PricedProduct;
import org.onlinemart.commons.events.ProductDetailsRequested;
import org.onlinemart.commons.messaging.RecordingReplies;
import org.onlinemart.commons.outbox.RecordingOutbox;

class CatalogServiceTest {

    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final RecordingReplies replies = new RecordingReplies();
    private final PricingService pricing = new PricingService(catalog.products(), catalog.priceRepository(), outbox);
    private final CatalogService service =
            new CatalogService(null, catalog.products(), catalog.priceRepository(), outbox, replies);

    @Test
    void answersCurrentPricesAndNamesUnknownAndUnpricedProductsAsMissing() {
        long tea = catalog.product("Tea").id();
        long coffee = catalog.product("Coffee").id();
        long cocoa = catalog.product("Cocoa").id();
        pricing.setPrice(new NewPrice(tea, new BigDecimal("3.5"), null));
        pricing.setPrice(new NewPrice(cocoa, new BigDecimal("4"), Instant.now().plus(Duration.ofDays(1))));
        UUID correlationId = UUID.randomUUID();

        service.answer(ProductDetailsRequested.of(correlationId, List.of(tea, 999L, coffee, cocoa, tea)));

        var answer = replies.all(ProductDetailsAnswered.class);
        assertEquals(1, answer.size());
        assertEquals(correlationId, answer.get(0).correlationId());
        assertEquals(
                List.of(new PricedProduct(tea, "Tea", new BigDecimal("3.50"))),
                answer.get(0).products());
        assertEquals(List.of(999L, coffee, cocoa), answer.get(0).missing());
    }

    @Test
    void anEmptyRequestGetsAnEmptyAnswer() {
        service.answer(ProductDetailsRequested.of(UUID.randomUUID(), List.of()));

        var answer = replies.all(ProductDetailsAnswered.class).get(0);
        assertTrue(answer.products().isEmpty() && answer.missing().isEmpty());
    }

    @Test
    void aRequestForMoreThanAHundredProductsIsNotAnswered() {
        service.answer(ProductDetailsRequested.of(
                UUID.randomUUID(), LongStream.rangeClosed(1, 101).boxed().toList()));

        assertTrue(replies.sent.isEmpty());
    }

    @Test
    void aRequestWithoutCorrelationIdIsNotAnswered() {
        service.answer(new ProductDetailsRequested(UUID.randomUUID(), Instant.now(), null, List.of(1L)));

        assertTrue(replies.sent.isEmpty());
    }
}
