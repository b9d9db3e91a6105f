package org.onlinemart.commons.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

public class WholeNumbersTest {

    /** Public, as JSON-B must reach its constructor. */
    public record StockIn(Long productId, Integer quantity) {}

    private static StockIn read(String json) {
        return JsonbConfigResolver.JSONB.fromJson(json, StockIn.class);
    }

    @Test
    void readsWholeNumbers() {
        assertEquals(new StockIn(7L, 3), read("{\"product_id\":7,\"quantity\":3}"));
    }

    @Test
    void leavesMissingBoxedNumbersNull() {
        assertNull(read("{\"quantity\":1}").productId());
    }

    @Test
    void refusesFractions() {
        assertThrows(JsonbException.class, () -> read("{\"product_id\":1.9}"));
        assertThrows(JsonbException.class, () -> read("{\"quantity\":2.5}"));
    }

    @Test
    void refusesNumbersOutOfRange() {
        assertThrows(JsonbException.class, () -> read("{\"quantity\":4294967297}"));
        assertThrows(JsonbException.class, () -> read("{\"product_id\":99999999999999999999}"));
    }

    @Test
    void refusesNumbersWrittenAsText() {
        assertThrows(JsonbException.class, () -> read("{\"product_id\":\"7\"}"));
    }
}
