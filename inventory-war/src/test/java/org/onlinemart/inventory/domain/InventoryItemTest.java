package org.onlinemart.inventory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class InventoryItemTest {

    private static StockIn delivery(long productId, int quantity) {
        return new StockIn(productId, 1, 2, quantity, BigDecimal.ONE, null, null, null);
    }

    @Test
    void anItemStartsWithNothingAvailable() {
        assertEquals(0, InventoryItem.openFor(7, "Kettle", null).available());
    }

    @Test
    void eachDeliveryAddsItsQuantity() {
        InventoryItem item = InventoryItem.openFor(7, "Kettle", null);

        item.receive(delivery(7, 5));
        item.receive(delivery(7, 3));

        assertEquals(8, item.available());
    }

    @Test
    void aDeliveryOfAnotherProductIsABug() {
        InventoryItem item = InventoryItem.openFor(7, "Kettle", null);

        assertThrows(IllegalArgumentException.class, () -> item.receive(delivery(8, 5)));
        assertEquals(0, item.available());
    }

    @Test
    void aDeliveryThatWouldOverflowTheStockIsRefusedAndChangesNothing() {
        InventoryItem item = InventoryItem.openFor(7, "Kettle", null);
        int fills = Integer.MAX_VALUE / StockIn.MAX_QUANTITY;
        for (int i = 0; i < fills; i++) {
            item.receive(delivery(7, StockIn.MAX_QUANTITY));
        }

        var refused =
                assertThrows(InvalidStockInException.class, () -> item.receive(delivery(7, StockIn.MAX_QUANTITY)));

        assertEquals(InvalidStockInException.Attribute.QUANTITY, refused.attribute());
        assertEquals(fills * StockIn.MAX_QUANTITY, item.available());
    }
}
