package org.onlinemart.inventory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onlinemart.inventory.domain.InvalidStockInException.Attribute;

class StockInTest {

    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);

    private static StockIn stockIn(int quantity, String cost, LocalDate manufactured, LocalDate expires) {
        return new StockIn(7, 1, 2, quantity, cost == null ? null : new BigDecimal(cost), null, manufactured, expires);
    }

    private static Attribute refusedField(Runnable making) {
        return assertThrows(InvalidStockInException.class, making::run).attribute();
    }

    @Test
    void aQuantityOfOneToAMillionIsADelivery() {
        assertEquals(1, stockIn(1, "0", null, null).quantity());
        assertEquals(
                StockIn.MAX_QUANTITY,
                stockIn(StockIn.MAX_QUANTITY, "0", null, null).quantity());
    }

    @Test
    void aQuantityOfZeroNegativeOrOverAMillionIsRefused() {
        assertEquals(Attribute.QUANTITY, refusedField(() -> stockIn(0, "1.00", null, null)));
        assertEquals(Attribute.QUANTITY, refusedField(() -> stockIn(-5, "1.00", null, null)));
        assertEquals(Attribute.QUANTITY, refusedField(() -> stockIn(StockIn.MAX_QUANTITY + 1, "1.00", null, null)));
    }

    @Test
    void theCostIsKeptWithTwoDecimals() {
        assertEquals(new BigDecimal("2.50"), stockIn(1, "2.5", null, null).cost());
        assertEquals(new BigDecimal("0.00"), stockIn(1, "0", null, null).cost());
        assertEquals(new BigDecimal("3.10"), stockIn(1, "3.100", null, null).cost());
    }

    @Test
    void aMissingNegativeTooLargeOrThreeDecimalCostIsRefused() {
        assertEquals(Attribute.COST, refusedField(() -> stockIn(1, null, null, null)));
        assertEquals(Attribute.COST, refusedField(() -> stockIn(1, "-0.01", null, null)));
        assertEquals(Attribute.COST, refusedField(() -> stockIn(1, "1.234", null, null)));
        assertEquals(Attribute.COST, refusedField(() -> stockIn(1, "10000000000.00", null, null)));
    }

    @Test
    void anExpiryBeforeTheManufactureDateIsRefusedNamingTheExpiryDate() {
        assertEquals(Attribute.EXPIRY_DATE, refusedField(() -> stockIn(1, "1.00", JANUARY, JANUARY.minusDays(1))));
    }

    @Test
    void anExpiryOnOrAfterTheManufactureDateOrEitherDateAloneIsAccepted() {
        assertEquals(JANUARY, stockIn(1, "1.00", JANUARY, JANUARY).expiryDate());
        assertEquals(
                JANUARY.plusYears(1),
                stockIn(1, "1.00", JANUARY, JANUARY.plusYears(1)).expiryDate());
        assertEquals(JANUARY, stockIn(1, "1.00", null, JANUARY).expiryDate());
        assertEquals(JANUARY, stockIn(1, "1.00", JANUARY, null).manufactureDate());
    }

    @Test
    void aBlankBatchNumberIsNoBatchNumber() {
        assertNull(new StockIn(7, 1, 2, 1, BigDecimal.ONE, "  ", null, null).batchNumber());
        assertEquals("B-12", new StockIn(7, 1, 2, 1, BigDecimal.ONE, " B-12 ", null, null).batchNumber());
    }
}
