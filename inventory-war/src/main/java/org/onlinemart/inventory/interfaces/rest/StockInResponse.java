package org.onlinemart.inventory.interfaces.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onlinemart.inventory.application.Received;
import org.onlinemart.inventory.domain.StockIn;

/** The recorded delivery, and what its product has available now (optional fields absent when not given). */
public record StockInResponse(
        @Schema(examples = "12") long stockInId,
        @Schema(examples = "7") long productId,
        @Schema(examples = "1") long warehouseId,
        @Schema(examples = "1") long supplierId,
        @Schema(examples = "100") int quantity,
        @Schema(examples = "850.00") BigDecimal cost,
        @Schema(examples = "B-2026-0042") String batchNumber,
        @Schema(examples = "2026-01-15") LocalDate manufactureDate,
        @Schema(examples = "2027-01-15") LocalDate expiryDate,
        @Schema(examples = "2026-02-01T09:30:00Z") Instant receivedAt,

        @Schema(description = "What the product has available now, this delivery included", examples = "140")
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
