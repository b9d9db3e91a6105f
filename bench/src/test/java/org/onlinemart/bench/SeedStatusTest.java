package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedStatusTest {

    @Test
    void everyHundredOrdersHaveTheMix() {
        Map<SeedStatus, Integer> counts = new EnumMap<>(SeedStatus.class);
        for (long n = 1; n <= 1000; n++) {
            counts.merge(SeedStatus.of(n), 1, Integer::sum);
        }
        assertEquals(
                Map.of(
                        SeedStatus.PAID,
                        850,
                        SeedStatus.CANCELLED,
                        70,
                        SeedStatus.REJECTED,
                        50,
                        SeedStatus.REFUNDED,
                        30),
                counts);
    }

    @Test
    void theSharesAddUpTo100() {
        int total = 0;
        for (SeedStatus status : SeedStatus.values()) {
            total += status.share;
        }
        assertEquals(100, total);
    }

    @Test
    void theSqlCaseDecidesAsJavaDoes() {
        assertEquals(
                "CASE WHEN n % 100 < 85 THEN 'PAID' WHEN n % 100 < 92 THEN 'CANCELLED' WHEN n % 100 < 97 THEN"
                        + " 'REJECTED' WHEN n % 100 < 100 THEN 'REFUNDED' END",
                SeedStatus.sql("n"));
        assertEquals(SeedStatus.PAID, SeedStatus.of(84));
        assertEquals(SeedStatus.CANCELLED, SeedStatus.of(85));
        assertEquals(SeedStatus.REJECTED, SeedStatus.of(92));
        assertEquals(SeedStatus.REFUNDED, SeedStatus.of(199));
    }

    @Test
    void noSeededOrderIsLeftForTheJobsThatWorkOnOpenOrders() {
        for (SeedStatus status : SeedStatus.values()) {
            assertFalse(status.name().equals("PENDING") || status.name().equals("CONFIRMED"), status.name());
        }
        assertEquals("ARRAY['PAID','REFUNDED']", SeedStatus.array(SeedStatus.PAID, SeedStatus.REFUNDED));
    }
}
