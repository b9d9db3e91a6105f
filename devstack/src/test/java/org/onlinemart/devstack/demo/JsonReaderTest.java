package org.onlinemart.devstack.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    @Test
    void readsAnOrderWithNestedItemsAndExactMoney() {
        Object order = JsonReader.parse("""
                {"order_id": 17, "status": "PENDING", "total_price": 60.48,
                 "items": [{"product_id": 31, "quantity": 2, "unit_price": 24.99}],
                 "paid": false, "cancelled_at": null}""");
        assertEquals(
                Map.of(
                        "order_id",
                        new BigDecimal("17"),
                        "status",
                        "PENDING",
                        "total_price",
                        new BigDecimal("60.48"),
                        "items",
                        List.of(Map.of(
                                "product_id", new BigDecimal("31"),
                                "quantity", new BigDecimal("2"),
                                "unit_price", new BigDecimal("24.99"))),
                        "paid",
                        false),
                withoutNulls((Map<?, ?>) order));
        assertEquals(true, ((Map<?, ?>) order).containsKey("cancelled_at"));
        assertNull(((Map<?, ?>) order).get("cancelled_at"));
    }

    @Test
    void readsEscapesAsText() {
        assertEquals("say \"hi\"\n\\ / é€", JsonReader.parse("\"say \\\"hi\\\"\\n\\\\ \\/ \\u00e9\\u20ac\""));
    }

    @Test
    void readsTopLevelArraysEmptyContainersAndExponents() {
        assertEquals(
                Arrays.asList(List.of(), Map.of(), new BigDecimal("-1.5E+3"), true, null),
                JsonReader.parse(" [ [], {}, -1.5e3, true, null ] "));
    }

    @Test
    void refusesWhatIsNotJson() {
        for (String broken : List.of("", "{", "{\"a\" 1}", "[1,]", "{\"a\":1} x", "\"open", "tru", "<html>", "'a'")) {
            assertThrows(IllegalArgumentException.class, () -> JsonReader.parse(broken), broken);
        }
    }

    private static Map<?, ?> withoutNulls(Map<?, ?> object) {
        Map<Object, Object> copy = new HashMap<>(object);
        copy.values().removeIf(Objects::isNull);
        return copy;
    }
}
