package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The saga as a real order of each outcome left it in the databases (seen on the devstack). */
class SagaEventTest {

    @Test
    void aPaidOrderOfTwoLinesPublishesWhatTheDemoOrderDid() {
        assertEquals(3, SagaEvent.count(SeedStatus.PAID, 2, "order_status"), "PENDING, CONFIRMED, PAID");
        assertEquals(3, SagaEvent.count(SeedStatus.PAID, 2, "order_notification"));
        assertEquals(1, SagaEvent.count(SeedStatus.PAID, 2, "inventory_deduction"));
        assertEquals(1, SagaEvent.count(SeedStatus.PAID, 2, "inventory_deduction_result"));
        assertEquals(2, SagaEvent.count(SeedStatus.PAID, 2, "inventory_data"), "one per product taken");
        assertEquals(2, SagaEvent.count(SeedStatus.PAID, 2, "payment_status"), "PENDING, SUCCEEDED");
        assertEquals(1, SagaEvent.count(SeedStatus.PAID, 2, "payment_notification"));
        assertEquals(0, SagaEvent.count(SeedStatus.PAID, 2, "inventory_release"));
    }

    @Test
    void cancelledAndRefundedOrdersGiveTheirStockBack() {
        assertEquals(1, SagaEvent.count(SeedStatus.CANCELLED, 3, "inventory_release"));
        assertEquals(6, SagaEvent.count(SeedStatus.CANCELLED, 3, "inventory_data"), "taken, then given back");
        assertEquals(0, SagaEvent.count(SeedStatus.CANCELLED, 3, "payment_status"));
        assertEquals(1, SagaEvent.count(SeedStatus.REFUNDED, 1, "inventory_release"));
        assertEquals(3, SagaEvent.count(SeedStatus.REFUNDED, 1, "payment_status"));
        assertEquals(2, SagaEvent.count(SeedStatus.REFUNDED, 1, "payment_notification"));
        assertEquals(4, SagaEvent.count(SeedStatus.REFUNDED, 1, "order_notification"));
    }

    @Test
    void aRejectedOrderTakesNoStockAndIsNeverPaid() {
        assertEquals(0, SagaEvent.count(SeedStatus.REJECTED, 2, "inventory_data"));
        assertEquals(0, SagaEvent.count(SeedStatus.REJECTED, 2, "payment_status"));
        assertEquals(2, SagaEvent.count(SeedStatus.REJECTED, 2, "order_notification"));
    }

    @Test
    void everyTopicHasItsConsumerAndEveryEventId() {
        for (SagaEvent event : SagaEvent.SAGA) {
            assertTrue(SagaEvent.CONSUMERS.containsKey(event.topic()), event.topic());
        }
        assertEquals(
                "(VALUES ('inventory_data', 'order.stock-level-changed'), ('inventory_deduction_result',"
                        + " 'order.stock-deduction-decided'), ('payment_status', 'order.payment-status-changed'))",
                SagaEvent.consumersOf("order"));
    }

    @Test
    void eventsOfOneOrderAreDistinctByTopicAndStatus() {
        long distinct = SagaEvent.SAGA.stream()
                .map(event -> event.topic() + ":" + event.status() + ":" + event.of())
                .distinct()
                .count();
        assertEquals(SagaEvent.SAGA.size(), distinct);
        for (SeedStatus status : SeedStatus.values()) {
            long kinds = SagaEvent.SAGA.stream()
                    .filter(event -> event.of().contains(status))
                    .map(event -> event.topic() + ":" + event.status())
                    .count();
            long unique = SagaEvent.SAGA.stream()
                    .filter(event -> event.of().contains(status))
                    .map(event -> event.topic() + ":" + event.status())
                    .distinct()
                    .count();
            assertEquals(kinds, unique, "event ids are md5 of n, topic, status and product: " + status);
        }
    }
}
