package org.onlinemart.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTest {

    private final Quote quote = new Quote(List.of(
            new Quote.QuotedProduct(1, "Kettle", new BigDecimal("19.99"), 5),
            new Quote.QuotedProduct(2, "Mug", new BigDecimal("4.50"), 0)));

    @Test
    void productsNotQuotedAreNamedInTheLinesOrder() {
        assertEquals(
                List.of(9L, 7L), quote.unquoted(List.of(new CartLine(9, 1), new CartLine(1, 1), new CartLine(7, 1))));
    }

    @Test
    void aLineAskingForMoreThanIsAvailableIsAShortage() {
        assertEquals(
                List.of(new Quote.Shortage(1, 6, 5), new Quote.Shortage(2, 1, 0)),
                quote.shortages(List.of(new CartLine(1, 6), new CartLine(2, 1))));
    }

    @Test
    void exactlyTheAvailableStockIsNoShortage() {
        assertEquals(List.of(), quote.shortages(List.of(new CartLine(1, 5))));
    }

    @Test
    void linesArePricedAtTheQuotedNameAndPrice() {
        List<OrderLine> lines = quote.price(List.of(new CartLine(1, 2)));

        assertEquals(1, lines.size());
        assertEquals("Kettle", lines.get(0).productName());
        assertEquals(new BigDecimal("19.99"), lines.get(0).unitPrice());
        assertEquals(new BigDecimal("39.98"), lines.get(0).totalPrice());
    }

    @Test
    void pricingAnUnquotedLineIsABug() {
        List<CartLine> unquoted = List.of(new CartLine(3, 1));

        assertThrows(IllegalArgumentException.class, () -> quote.price(unquoted));
    }
}
