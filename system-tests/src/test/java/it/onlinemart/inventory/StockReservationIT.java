package it.onlinemart.inventory;

import static it.onlinemart.inventory.OrderSide.answersTo;
import static it.onlinemart.inventory.OrderSide.answersUntil;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.onlinemart.Service;
import it.onlinemart.messaging.TopicTail;
import it.onlinemart.user.Accounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.microshed.testing.kafka.KafkaProducerClient;
import org.onlinemart.commons.events.EventCodec;
import org.onlinemart.commons.events.StockDeductionDecided;
import org.onlinemart.commons.events.StockDeductionDecided.Outcome;
import org.onlinemart.commons.events.StockDeductionRequested;
import org.onlinemart.commons.events.StockDeductionRequested.Line;
import org.onlinemart.commons.events.StockLevelChanged;
import org.onlinemart.commons.events.StockReleaseRequested;

/**
 * Inventory's half of the order saga (DESIGN.md §5): all lines of an order reserved or none, decided once per
 * order and that decision answered to each ask, stock given back once. To show that something did not happen, a test waits for a later marker
 * event that inventory handles after it (same partition), instead of sleeping.
 */
@MicroShedTest
public class StockReservationIT {

    /** A real producer on the stack's broker, injected by MicroShed (which needs the field public). */
    @KafkaProducerClient(keySerializer = StringSerializer.class, valueSerializer = StringSerializer.class)
    public static KafkaProducer<String, String> producer;

    private OrderSide orders;

    @BeforeEach
    void orderSide() {
        orders = new OrderSide(producer);
    }

    /** A new product with that much in stock. */
    static long productWithStock(int quantity) {
        long productId = Stock.productInInventory();
        Service.INVENTORY
                .request(Accounts.adminToken())
                .body(Stock.stockInBody(productId, Stock.warehouse(), Stock.supplier(), quantity))
                .post("/stockin")
                .then()
                .statusCode(201);
        return productId;
    }

    private static StockDeductionRequested deduction(long orderId, Line... lines) {
        return StockDeductionRequested.of(orderId, List.of(lines), UUID.randomUUID());
    }

    private static void awaitAvailable(long productId, int available) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Stock.available(productId) == available);
    }

    @Test
    void aDeductionReservesOnceHoweverOftenItIsAskedAndEveryAskIsAnsweredWithThatDecision() throws Exception {
        long orderId = OrderSide.newOrderId();
        long marker = orders.newOrderAnsweredAlongside(orderId);

        try (TopicTail results = new TopicTail("inventory_deduction_result");
                TopicTail levels = new TopicTail("inventory_data")) {
            long productId = productWithStock(10);
            var deduction = deduction(orderId, new Line(productId, 3));
            orders.send(deduction);
            orders.send(deduction);
            orders.send(deduction(orderId, new Line(productId, 2)));
            orders.sendAfter(orderId, deduction(marker, new Line(productId, 1)));

            List<StockDeductionDecided> answers = answersUntil(results, List.of(marker));
            List<StockDeductionDecided> answered = answersTo(answers, orderId);
            // a redelivered event (same event_id) is dropped by the inbox; a new ask, as the order service makes
            // when it never heard, gets the one decision again and takes nothing more
            assertEquals(2, answered.size(), "answers " + answers);
            assertTrue(
                    answered.stream()
                            .allMatch(answer -> answer.status() == Outcome.RESERVED
                                    && answer.shortages().isEmpty()),
                    "answers " + answered);
            assertEquals(10 - 3 - 1, Stock.available(productId));
            assertEquals(List.of(10, 7, 6), levelsUntil(levels, productId, 3), "inventory_data of the product");
        }
    }

    @Test
    void oneShortLineRejectsTheWholeOrderWithItsShortageAndTakesNothing() throws Exception {
        long plenty = productWithStock(5);
        long scarce = productWithStock(2);
        long orderId = OrderSide.newOrderId();

        try (TopicTail results = new TopicTail("inventory_deduction_result")) {
            orders.send(deduction(orderId, new Line(plenty, 3), new Line(scarce, 4)));

            StockDeductionDecided answer =
                    answersTo(answersUntil(results, List.of(orderId)), orderId).get(0);
            assertEquals(Outcome.REJECTED, answer.status());
            assertEquals(List.of(new StockDeductionDecided.Shortage(scarce, 4, 2)), answer.shortages());
        }
        assertEquals(5, Stock.available(plenty));
        assertEquals(2, Stock.available(scarce));
    }

    @Test
    void aReleaseGivesTheReservedStockBackOnceHoweverOftenItComes() throws Exception {
        long productId = productWithStock(10);
        long markerProductId = productWithStock(1);
        long orderId = OrderSide.newOrderId();
        long marker = OrderSide.newOrderId();
        try (TopicTail results = new TopicTail("inventory_deduction_result")) {
            orders.send(deduction(orderId, new Line(productId, 4)));
            orders.send(deduction(marker, new Line(markerProductId, 1)));
            answersUntil(results, List.of(orderId, marker));
        }
        assertEquals(6, Stock.available(productId));
        var release = StockReleaseRequested.of(orderId, UUID.randomUUID());

        orders.send(release);
        orders.send(release);
        orders.send(StockReleaseRequested.of(orderId, UUID.randomUUID()));
        orders.sendAfter(orderId, StockReleaseRequested.of(marker, UUID.randomUUID()));

        awaitAvailable(markerProductId, 1);
        assertEquals(10, Stock.available(productId));
    }

    @Test
    void aReleaseBeforeItsDeductionMakesTheLateDeductionTakeNothingAndBeAnsweredRejected() throws Exception {
        long productId = productWithStock(5);
        long markerProductId = productWithStock(2);
        long orderId = OrderSide.newOrderId();
        long releasedMarker = OrderSide.newOrderId();
        long answeredMarker = orders.newOrderAnsweredAlongside(orderId);
        try (TopicTail results = new TopicTail("inventory_deduction_result")) {
            orders.send(deduction(releasedMarker, new Line(markerProductId, 1)));
            answersUntil(results, List.of(releasedMarker));
        }
        orders.send(StockReleaseRequested.of(orderId, UUID.randomUUID()));
        orders.sendAfter(orderId, StockReleaseRequested.of(releasedMarker, UUID.randomUUID()));
        awaitAvailable(markerProductId, 2);

        try (TopicTail results = new TopicTail("inventory_deduction_result")) {
            orders.send(deduction(orderId, new Line(productId, 2)));
            orders.sendAfter(orderId, deduction(answeredMarker, new Line(markerProductId, 1)));

            List<StockDeductionDecided> answers = answersUntil(results, List.of(answeredMarker));
            List<StockDeductionDecided> answered = answersTo(answers, orderId);
            assertEquals(1, answered.size(), "answers " + answers);
            assertEquals(Outcome.REJECTED, answered.get(0).status(), "nothing is held for it");
        }
        assertEquals(5, Stock.available(productId));
    }

    @Test
    void fortyOrdersForTenUnitsAtOnceGetTenReservationsAndThirtyRejectionsAndTheStockEndsAtZero() throws Exception {
        try (TopicTail results = new TopicTail("inventory_deduction_result");
                TopicTail levels = new TopicTail("inventory_data")) {
            long productId = productWithStock(10);
            List<Long> orderIds = LongStream.range(0, 40)
                    .map(i -> OrderSide.newOrderId())
                    .boxed()
                    .toList();

            List<Future<?>> sends = new ArrayList<>();
            for (long orderId : orderIds) { // all in flight at once, over every partition
                var deduction = deduction(orderId, new Line(productId, 1));
                sends.add(producer.send(new ProducerRecord<>(
                        "inventory_deduction", deduction.partitionKey(), EventCodec.toJson(deduction))));
            }
            for (Future<?> send : sends) {
                send.get();
            }

            List<StockDeductionDecided> answers = answersUntil(results, orderIds).stream()
                    .filter(answer -> orderIds.contains(answer.orderId()))
                    .toList();
            assertEquals(40, answers.size(), "one answer per order: " + answers);
            assertEquals(
                    10,
                    answers.stream()
                            .filter(answer -> answer.status() == Outcome.RESERVED)
                            .count());
            List<StockDeductionDecided> rejected = answers.stream()
                    .filter(answer -> answer.status() == Outcome.REJECTED)
                    .toList();
            assertEquals(30, rejected.size());
            assertTrue(
                    rejected.stream()
                            .allMatch(answer -> answer.shortages()
                                    .equals(List.of(new StockDeductionDecided.Shortage(productId, 1, 0)))),
                    "shortages " + rejected);
            assertEquals(0, Stock.available(productId));
            assertEquals(
                    IntStream.rangeClosed(0, 10).map(i -> 10 - i).boxed().toList(),
                    levelsUntil(levels, productId, 11),
                    "inventory_data: the stock-in, then one unit at a time");
        }
    }

    /** Reads inventory_data until that many events of the product came; their availabilities in Kafka order. */
    private static List<Integer> levelsUntil(TopicTail levels, long productId, int count) {
        Map<UUID, Integer> byEvent = new LinkedHashMap<>(); // a relay may publish an event twice
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
            levels.poll().stream()
                    .filter(record -> record.key().equals(Long.toString(productId)))
                    .map(record -> EventCodec.fromJson(record.value(), StockLevelChanged.class))
                    .forEach(event -> byEvent.putIfAbsent(event.eventId(), event.available()));
            return byEvent.size() >= count;
        });
        return new ArrayList<>(byEvent.values());
    }
}
