package org.onlinemart.inventory.interfaces.rest;

import org.onlinemart.inventory.domain.InventoryItem;

public record StockResponse(long productId, String productName, int available) {

    static StockResponse from(InventoryItem item) {
        return new StockResponse(item.productId(), item.productName(), item.available());
    }
}
