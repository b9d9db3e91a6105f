package org.onlinemart.inventory.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onlinemart.inventory.domain.InventoryItem;

public record StockResponse(
        @Schema(examples = "7") long productId,
        @Schema(examples = "Espresso beans 1 kg") String productName,

        @Schema(description = "Units that can be ordered now", examples = "140")
        int available) {

    static StockResponse from(InventoryItem item) {
        return new StockResponse(item.productId(), item.productName(), item.available());
    }
}
