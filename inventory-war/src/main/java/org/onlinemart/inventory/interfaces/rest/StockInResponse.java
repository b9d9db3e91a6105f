package org.onlinemart.inventory.interfaces.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.onlinemart.inventory.application.Received;
import org.onlinemart.inventory.domain.StockIn;

/** The recorded delivery, and what its product has available now (optional fields absent when not given). */
public record StockInResponse(
        long stockInId,
        long productId,
        long warehouseId,
        long supplierId,
        int quantity,
        BigDecimal cost,
        String batchNumber,
        LocalDate manufactureDate,
        LocalDate expiryDate,
        Instant receivedAt,
        int available) {

    static StockInResponse from(Received received) {
        StockIn stockIn = received.stockIn();
        return new StockInResponse(
                stockIn.id(),
                stockIn.productId(),
                stockIn.warehouseId(),
                stockIn.supplierId(),
                stockIn.quantity(),
                stockIn.cost(),
                stockIn.batchNumber(),
                stockIn.manufactureDate(),
                stockIn.expiryDate(),
                stockIn.receivedAt(),
                received.available());
    }
}
