package it.onlinemart.inventory;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.onlinemart.Service;
import it.onlinemart.messaging.TopicTail;
import it.onlinemart.user.Accounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.onlinemart.commons.events.EventCodec;
import org.onlinemart.commons.events.StockLevelChanged;

/** Stock-ins of one product that race each other all count, and inventory_data ends on the true total. */
@MicroShedTest
class ConcurrentStockInIT {

    private static final int STOCK_INS = 50;
    private static final int THREADS = 16;

    @Test
    void fiftyConcurrentStockInsOfOneAddFiftyAndTheLastInventoryDataEventSaysSo() throws Exception {
        long productId = Stock.productInInventory();
        long warehouseId = Stock.warehouse();
        long supplierId = Stock.supplier();
        String token = Accounts.adminToken();
        int before = Stock.available(productId);

        try (TopicTail inventoryData = new TopicTail("inventory_data")) {
            List<Integer> statuses = postConcurrently(() -> Service.INVENTORY
                    .request(token)
                    .body(Stock.stockInBody(productId, warehouseId, supplierId, 1))
                    .post("/stockin")
                    .statusCode());

            assertEquals(List.of(201), statuses.stream().distinct().toList(), "statuses " + statuses);
            assertEquals(before + STOCK_INS, Stock.available(productId));

            // one event per stock-in, by event id (a relay may publish one twice), in the order Kafka keeps them
            Map<UUID, StockLevelChanged> events = new LinkedHashMap<>();
            await().atMost(Duration.ofSeconds(60)).pollInSameThread().untilAsserted(() -> {
                inventoryData.poll().stream()
                        .filter(record -> record.key().equals(Long.toString(productId)))
                        .map(record -> EventCodec.fromJson(record.value(), StockLevelChanged.class))
                        .forEach(event -> events.putIfAbsent(event.eventId(), event));
                assertEquals(STOCK_INS, events.size());
            });
            List<StockLevelChanged> inKafkaOrder = new ArrayList<>(events.values());
            assertEquals(before + STOCK_INS, inKafkaOrder.get(STOCK_INS - 1).available(), "the last event");
            assertEquals(
                    before + STOCK_INS,
                    inKafkaOrder.stream()
                            .max(Comparator.comparing(StockLevelChanged::occurredAt))
                            .orElseThrow()
                            .available(),
                    "the newest event by occurred_at");
            assertEquals(
                    IntStream.rangeClosed(before + 1, before + STOCK_INS)
                            .boxed()
                            .toList(),
                    inKafkaOrder.stream().map(StockLevelChanged::available).toList(),
                    "each stock-in published the level it made, in order");
        }
    }

    private static List<Integer> postConcurrently(Callable<Integer> stockIn) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < STOCK_INS; i++) {
                calls.add(threads.submit(stockIn));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> call : calls) {
                statuses.add(call.get());
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }
}
