package org.onlinemart.inventory.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.onlinemart.commons.events.StockDeductionDecided;
import org.onlinemart.commons.events.StockDeductionDecided.Outcome;
import org.onlinemart.commons.events.StockDeductionRequested;
import org.onlinemart.commons.events.StockDeductionRequested.Line;
import org.onlinemart.commons.events.StockLevelChanged;
import org.onlinemart.commons.events.StockReleaseRequested;
import org.onlinemart.commons.metrics.Counted;
import org.onlinemart.commons.outbox.RecordingOutbox;
import org.onlinemart.commons.testing.RecordedEvents;
import org.onlinemart.inventory.domain.Reservation;
import org.onlinemart.inventory.domain.ReservationRepository;
import org.onlinemart.inventory.domain.ReservationStatus;
import org.onlinemart.inventory.domain.StockLevels;

/** The saga's decisions, with in-memory stock and reservations and an outbox that only records. */
class StockReservationsTest {

    private static final long ORDER = 42;
    private static final UUID CORRELATION = UUID.fromString("5b1e0c2a-7d4f-4c1e-9a3b-2f6d8e0a1c4b");

    private final Levels stock = new Levels();
    private final Reservations reservations = new Reservations();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final List<Counted> counted = new ArrayList<>();
    private final StockReservations service =
            new StockReservations(stock, reservations, outbox, new RecordedEvents<>(counted));

    private static StockDeductionRequested deduction(long orderId, Line... lines) {
        return StockDeductionRequested.of(orderId, List.of(lines), CORRELATION);
    }

    private StockDeductionDecided answer() {
        List<StockDeductionDecided> answers = outbox.all(StockDeductionDecided.class);
        assertEquals(1, answers.size(), "answers " + answers);
        return answers.get(0);
    }

    /** The inventory_data events, as product=available in the order they were enqueued. */
    private List<String> levels() {
        return outbox.all(StockLevelChanged.class).stream()
                .map(e -> e.productId() + "=" + e.available())
                .toList();
    }

    @Test
    void enoughOfEveryProductReservesAllLinesAndPublishesEachNewLevel() {
        stock.available.putAll(Map.of(1L, 5, 2L, 3));

        service.reserve(deduction(ORDER, new Line(2, 1), new Line(1, 2), new Line(2, 2)));

        assertEquals(Map.of(1L, 3, 2L, 0), stock.available);
        assertEquals(List.of(List.of(1L, 2L)), stock.locks, "locked once, in product id order");
        assertEquals(Outcome.RESERVED, answer().status());
        assertTrue(answer().shortages().isEmpty());
        assertEquals(CORRELATION, answer().correlationId(), "the order's correlation id goes on");
        assertEquals(List.of("1=3", "2=0"), levels());
        assertEquals(ReservationStatus.RESERVED, reservations.byOrder.get(ORDER).status());
    }

    @Test
    void oneShortLineRejectsTheOrderWithItsShortageAndTakesNothing() {
        stock.available.putAll(Map.of(1L, 5, 2L, 1));

        service.reserve(deduction(ORDER, new Line(1, 2), new Line(2, 3), new Line(404, 1)));

        assertEquals(Map.of(1L, 5, 2L, 1), stock.available);
        assertEquals(Outcome.REJECTED, answer().status());
        assertEquals(
                List.of(new StockDeductionDecided.Shortage(2, 3, 1), new StockDeductionDecided.Shortage(404, 1, 0)),
                answer().shortages());
        assertTrue(outbox.all(StockLevelChanged.class).isEmpty());
        assertEquals(3, reservations.byOrder.get(ORDER).lines().size(), "the requested lines, for the record");
        assertEquals(List.of(Counted.of("reservations", "outcome", Outcome.REJECTED)), counted);
    }

    @Test
    void anOrderIsDecidedOnceHoweverManyDeductionsAskForIt() {
        stock.available.put(1L, 5);
        service.reserve(deduction(ORDER, new Line(1, 2)));

        service.reserve(deduction(ORDER, new Line(1, 2)));
        service.reserve(deduction(ORDER, new Line(1, 99)));

        assertEquals(3, stock.available.get(1L));
        assertEquals(List.of("1=3"), levels(), "the stock moved once");
        assertEquals(List.of(Counted.of("reservations", "outcome", Outcome.RESERVED)), counted, "counted once");
    }

    @Test
    void aReservedOrderAskedAgainIsAnsweredReservedOnceMoreWithoutTakingStock() {
        stock.available.put(1L, 5);
        service.reserve(deduction(ORDER, new Line(1, 2)));
        outbox.events.clear();

        service.reserve(deduction(ORDER, new Line(1, 2)));

        assertEquals(3, stock.available.get(1L));
        assertEquals(Outcome.RESERVED, answer().status());
        assertTrue(answer().shortages().isEmpty());
        assertEquals(CORRELATION, answer().correlationId());
        assertEquals(List.of(answer()), outbox.events, "the answer only: no stock moved");
        assertEquals(ReservationStatus.RESERVED, reservations.byOrder.get(ORDER).status());
    }

    @Test
    void aRejectedOrderAskedAgainIsAnsweredRejectedEvenWhenStockHasComeInSince() {
        stock.available.put(1L, 1);
        service.reserve(deduction(ORDER, new Line(1, 2)));
        stock.available.put(1L, 10);
        outbox.events.clear();

        service.reserve(deduction(ORDER, new Line(1, 2)));

        assertEquals(10, stock.available.get(1L));
        assertEquals(Outcome.REJECTED, answer().status());
        assertTrue(answer().shortages().isEmpty(), "shortages are not kept, so none are named");
        assertEquals(List.of(answer()), outbox.events);
        assertEquals(ReservationStatus.REJECTED, reservations.byOrder.get(ORDER).status());
    }

    @Test
    void aRefusedDeductionAskedAgainIsAnsweredRejectedOnceMore() {
        service.reserve(deduction(ORDER));
        outbox.events.clear();

        service.reserve(deduction(ORDER));

        assertEquals(Outcome.REJECTED, answer().status());
        assertEquals(List.of(Counted.of("reservations", "outcome", Outcome.REJECTED)), counted, "counted once");
    }

    @Test
    void aCancelledOrderAskedAgainReservesNothingAndIsAnsweredRejected() {
        stock.available.put(1L, 5);
        service.reserve(deduction(ORDER, new Line(1, 2)));
        service.release(StockReleaseRequested.of(ORDER, CORRELATION));
        outbox.events.clear();

        service.reserve(deduction(ORDER, new Line(1, 2)));

        assertEquals(5, stock.available.get(1L));
        assertEquals(Outcome.REJECTED, answer().status());
        assertEquals(List.of(answer()), outbox.events, "the answer only: no stock moved");
        assertEquals(ReservationStatus.RELEASED, reservations.byOrder.get(ORDER).status());
    }

    @Test
    void aDeductionThatIsNoOrdersIsRejectedWithoutShortagesAndTakesNothing() {
        stock.available.put(1L, 5);
        List<Line> tooMany =
                IntStream.rangeClosed(1, 101).mapToObj(i -> new Line(1, 1)).toList();

        service.reserve(deduction(1, new Line(1, 0)));
        service.reserve(deduction(2));
        service.reserve(StockDeductionRequested.of(3, tooMany, CORRELATION));
        service.reserve(new StockDeductionRequested(UUID.randomUUID(), Instant.now(), 4, null, null));

        assertEquals(5, stock.available.get(1L));
        List<StockDeductionDecided> answers = outbox.all(StockDeductionDecided.class);
        assertEquals(
                List.of(1L, 2L, 3L, 4L),
                answers.stream().map(StockDeductionDecided::orderId).toList());
        assertTrue(answers.stream()
                .allMatch(a -> a.status() == Outcome.REJECTED && a.shortages().isEmpty()));
        assertEquals(
                Arrays.asList(CORRELATION, CORRELATION, CORRELATION, null),
                answers.stream().map(StockDeductionDecided::correlationId).toList(),
                "as the deductions carried it, or not");
        assertTrue(stock.locks.isEmpty());
    }

    @Test
    void aReleaseGivesTheReservedStockBackOnce() {
        stock.available.putAll(Map.of(1L, 5, 2L, 3));
        service.reserve(deduction(ORDER, new Line(1, 2), new Line(2, 3)));
        outbox.events.clear();

        service.release(StockReleaseRequested.of(ORDER, CORRELATION));
        service.release(StockReleaseRequested.of(ORDER, CORRELATION));

        assertEquals(Map.of(1L, 5, 2L, 3), stock.available);
        assertEquals(List.of("1=5", "2=3"), levels());
        assertEquals(ReservationStatus.RELEASED, reservations.byOrder.get(ORDER).status());
    }

    @Test
    void releasingARejectedOrderGivesNothing() {
        stock.available.put(1L, 1);
        service.reserve(deduction(ORDER, new Line(1, 2)));
        outbox.events.clear();

        service.release(StockReleaseRequested.of(ORDER, CORRELATION));

        assertEquals(1, stock.available.get(1L));
        assertTrue(outbox.events.isEmpty());
        assertEquals(ReservationStatus.REJECTED, reservations.byOrder.get(ORDER).status());
    }

    @Test
    void aReleaseBeforeItsDeductionMakesTheDeductionReserveNothingAndBeAnsweredRejected() {
        stock.available.put(1L, 5);

        service.release(StockReleaseRequested.of(ORDER, CORRELATION));
        service.reserve(deduction(ORDER, new Line(1, 2)));

        assertEquals(5, stock.available.get(1L));
        assertEquals(Outcome.REJECTED, answer().status());
        assertEquals(List.of(answer()), outbox.events, "the answer only: no stock moved");
        assertTrue(counted.isEmpty(), "no decision was made");
        assertEquals(ReservationStatus.RELEASED, reservations.byOrder.get(ORDER).status());
    }

    private static final class Levels implements StockLevels {
        final TreeMap<Long, Integer> available = new TreeMap<>();
        final List<List<Long>> locks = new ArrayList<>();

        @Override
        public Map<Long, Integer> lockAvailable(Collection<Long> productIds) {
            locks.add(List.copyOf(productIds));
            Map<Long, Integer> known = new HashMap<>();
            productIds.stream().filter(available::containsKey).forEach(id -> known.put(id, available.get(id)));
            return known;
        }

        @Override
        public OptionalInt take(long productId, int quantity) {
            Integer now = available.get(productId);
            if (now == null || now < quantity) {
                return OptionalInt.empty();
            }
            available.put(productId, now - quantity);
            return OptionalInt.of(now - quantity);
        }

        @Override
        public int giveBack(long productId, int quantity) {
            return available.merge(productId, quantity, Integer::sum);
        }
    }

    private static final class Reservations implements ReservationRepository {
        final Map<Long, Reservation> byOrder = new HashMap<>();

        @Override
        public boolean claim(Reservation reservation) {
            return byOrder.putIfAbsent(reservation.orderId(), reservation) == null;
        }

        @Override
        public Optional<Reservation> lockByOrderId(long orderId) {
            return Optional.ofNullable(byOrder.get(orderId));
        }
    }
}
