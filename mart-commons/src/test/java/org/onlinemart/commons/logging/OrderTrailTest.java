package org.onlinemart.commons.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onlinemart.commons.events.StockReleaseRequested;

class OrderTrailTest {

    private static final UUID CORRELATION = UUID.fromString("5b1e0c2a-7d4f-4c1e-9a3b-2f6d8e0a1c4b");

    @Test
    void namesTheOrderAndTheWholeCorrelationId() {
        assertEquals(
                "order=155 correlation=5b1e0c2a-7d4f-4c1e-9a3b-2f6d8e0a1c4b",
                OrderTrail.of(155, CORRELATION).toString());
    }

    @Test
    void showsADashForWhatIsNotKnown() {
        assertEquals("order=155 correlation=-", OrderTrail.of(155, null).toString());
        assertEquals(
                "order=- correlation=5b1e0c2a-7d4f-4c1e-9a3b-2f6d8e0a1c4b",
                OrderTrail.beforeOrder(CORRELATION).toString());
    }

    @Test
    void takesThePairFromAnOrderEvent() {
        assertEquals(OrderTrail.of(9, CORRELATION), OrderTrail.of(StockReleaseRequested.of(9, CORRELATION)));
    }

    @Test
    void anOrderIdIsFollowedByASpaceSoThatGrepDoesNotMatchLongerIds() {
        List<String> lines = List.of(
                OrderTrail.of(15, CORRELATION) + ": CONFIRMED", OrderTrail.of(155, CORRELATION) + ": CONFIRMED");

        assertEquals(
                1, lines.stream().filter(line -> line.contains("order=15 ")).count());
    }
}
