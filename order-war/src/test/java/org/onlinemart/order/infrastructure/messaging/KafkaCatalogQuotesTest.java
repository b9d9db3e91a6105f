package org.onlinemart.order.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onlinemart.commons.events.ProductDetailsAnswered;
import org.onlinemart.commons.events.StockDetailsAnswered;
import org.onlinemart.order.domain.CartLine;
import org.onlinemart.order.domain.Quote;

class KafkaCatalogQuotesTest {

    private final UUID correlationId = UUID.randomUUID();

    @Test
    void aProductIsQuotedOnlyWhenPricedByProductAndKnownToInventory() {
        ProductDetailsAnswered products = ProductDetailsAnswered.of(
                correlationId,
                List.of(
                        new ProductDetailsAnswered.PricedProduct(1, "Kettle", new BigDecimal("19.99")),
                        new ProductDetailsAnswered.PricedProduct(2, "Mug", new BigDecimal("4.50"))),
                List.of(3L));
        StockDetailsAnswered stock = StockDetailsAnswered.of(
                correlationId,
                List.of(new StockDetailsAnswered.StockLevel(1, 7), new StockDetailsAnswered.StockLevel(3, 9)),
                List.of(2L));

        Quote quote = KafkaCatalogQuotes.quoteOf(products, stock);

        List<CartLine> lines = List.of(new CartLine(1, 8), new CartLine(2, 1), new CartLine(3, 1));
        assertEquals(List.of(2L, 3L), quote.unquoted(lines));
        assertEquals(List.of(new Quote.Shortage(1, 8, 7)), quote.shortages(lines));
    }
}
