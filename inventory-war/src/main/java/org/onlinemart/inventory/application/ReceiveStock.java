package org.onlinemart.inventory.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A delivery to record: how many units of a product came into which warehouse from which supplier. */
public record ReceiveStock(
        long productId,
        long warehouseId,
        long supplierId,
        int quantity,
        BigDecimal cost,
        String batchNumber,
        LocalDate manufactureDate,
        LocalDate expiryDate) {}
