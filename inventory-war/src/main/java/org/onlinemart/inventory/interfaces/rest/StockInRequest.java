package org.onlinemart.inventory.interfaces.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onlinemart.inventory.application.ReceiveStock;
import org.onlinemart.inventory.domain.InvalidStockInException;
import org.onlinemart.inventory.domain.InvalidStockInException.Attribute;
import org.onlinemart.inventory.domain.StockIn;

/**
 * Dates are ISO dates (2026-01-31); StockIn checks that expiry_date is not before manufacture_date. quantity is read
 * as a decimal so that 1.5 or 4294967297 are refused: JSON-B would truncate or wrap them into an int.
 * Bean Validation runs first, so toCommand only sees quantities from 1 to StockIn.MAX_QUANTITY.
 */
public record StockInRequest(
        @NotNull @Positive @Schema(examples = "7") Long productId,
        @NotNull @Positive @Schema(examples = "1") Long warehouseId,
        @NotNull @Positive @Schema(examples = "1") Long supplierId,

        @Schema(type = SchemaType.INTEGER, examples = "100")
        @NotNull
        @DecimalMin("1")
        @DecimalMax("" + StockIn.MAX_QUANTITY)
        BigDecimal quantity,

        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) @Schema(examples = "850.00")
        BigDecimal cost,

        @Size(max = 100) @Schema(description = "Optional", examples = "B-2026-0042")
        String batchNumber,

        @Schema(description = "Optional", examples = "2026-01-15")
        LocalDate manufactureDate,

        @Schema(description = "Optional; not before manufacture_date", examples = "2027-01-15")
        LocalDate expiryDate) {

    /** @throws InvalidStockInException when quantity is not a whole number (2.0 is one, 1.5 is not) */
    ReceiveStock toCommand() {
        int units;
        try {
            units = quantity.intValueExact();
        } catch (ArithmeticException notWhole) {
            throw new InvalidStockInException(Attribute.QUANTITY, "must be a whole number");
        }
        return new ReceiveStock(
                productId, warehouseId, supplierId, units, cost, batchNumber, manufactureDate, expiryDate);
    }
}
