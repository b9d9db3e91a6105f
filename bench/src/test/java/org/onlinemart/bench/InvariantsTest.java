package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvariantsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T16:00:00Z");
    private static final UUID EVENT = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final CheckSettings SETTINGS = CheckSettings.parse(List.of(), Map.of(), Path.of("target"));

    /**
     * Product 1: 10 stocked in, 6 available, 4 held by order 100 (CONFIRMED, 3) and order 101 (PAID, 1, with its
     * payment); each test changes what it breaks.
     */
    private static final class Consistent {
        private List<Snapshot.StockLevel> stock = List.of(new Snapshot.StockLevel(1, 10, 6, 4));
        private Map<Long, Map<Long, Integer>> heldByOrders = Map.of(100L, Map.of(1L, 3), 101L, Map.of(1L, 1));
        private Map<Long, Map<Long, Integer>> reserved = heldByOrders;
        private Set<Long> paidOrders = Set.of(101L);
        private List<Snapshot.Payment> succeededPayments = List.of(new Snapshot.Payment(7, 101));
        private List<Snapshot.Published> published =
                List.of(new Snapshot.Published("order", EVENT, NOW.minusSeconds(30)));
        private List<Snapshot.Outbox> outboxes =
                List.of(new Snapshot.Outbox("order", 5, List.of(new Snapshot.Unsent(9, NOW.minusSeconds(2), null))));
        private List<Snapshot.Timed> pendingOrders = List.of(new Snapshot.Timed(102, NOW.minusSeconds(10)));
        private List<Snapshot.DeadLetter> deadLetters = List.of();

        Consistent stock(Snapshot.StockLevel... levels) {
            stock = List.of(levels);
            return this;
        }

        Consistent lines(Map<Long, Map<Long, Integer>> ordered, Map<Long, Map<Long, Integer>> reservations) {
            heldByOrders = ordered;
            reserved = reservations;
            return this;
        }

        Consistent payments(Set<Long> paid, Snapshot.Payment... succeeded) {
            paidOrders = paid;
            succeededPayments = List.of(succeeded);
            return this;
        }

        Consistent published(Snapshot.Published... events) {
            published = List.of(events);
            return this;
        }

        Consistent outboxes(List<Snapshot.Outbox> unsent, List<Snapshot.Timed> pending) {
            outboxes = unsent;
            pendingOrders = pending;
            return this;
        }

        Consistent deadLetters(Snapshot.DeadLetter... letters) {
            deadLetters = List.of(letters);
            return this;
        }

        Snapshot build() {
            return new Snapshot(
                    NOW,
                    stock,
                    heldByOrders,
                    reserved,
                    paidOrders,
                    succeededPayments,
                    published,
                    Map.of(EVENT, 1),
                    outboxes,
                    pendingOrders,
                    3,
                    deadLetters);
        }
    }

    private static Snapshot consistent() {
        return new Consistent().build();
    }

    @Test
    void aConsistentSnapshotHoldsEverywhere() {
        List<Invariant> invariants = Invariants.evaluate(consistent(), SETTINGS);
        assertEquals(10, invariants.size());
        invariants.forEach(invariant -> assertTrue(invariant.holds(), invariant.toString()));
        assertEquals(1, invariants.get(0).checked());
        assertEquals(2, invariants.get(1).checked());
        assertEquals(5, invariants.get(5).checked());
        assertEquals(3, invariants.get(7).checked());
    }

    @Test
    void oneUnitTooManyAvailableNamesTheProduct() {
        Snapshot broken =
                new Consistent().stock(new Snapshot.StockLevel(1, 10, 7, 4)).build();
        Invariant stock = Invariants.stockAddsUp(broken);
        assertFalse(stock.holds());
        assertEquals(List.of("1 (in 10, available 7, reserved 4)"), stock.examples());
    }

    @Test
    void ordersAndReservationsMustHoldTheSameLines() {
        Snapshot broken = new Consistent()
                .lines(
                        Map.of(100L, Map.of(1L, 3), 101L, Map.of(1L, 2), 103L, Map.of(1L, 1)),
                        Map.of(100L, Map.of(1L, 3), 101L, Map.of(1L, 1), 104L, Map.of(1L, 1)))
                .build();
        Invariant lines = Invariants.reservationsMatchOrders(broken);
        assertEquals(4, lines.checked());
        assertEquals(
                List.of("101 (lines differ)", "103 (not reserved)", "104 (reserved, not CONFIRMED/PAID)"),
                lines.examples());
    }

    @Test
    void paymentsMustMatchPaidOrdersOneToOne() {
        Snapshot broken = new Consistent()
                .payments(Set.of(101L, 105L), new Snapshot.Payment(7, 101), new Snapshot.Payment(8, 106))
                .build();
        assertEquals(
                List.of("105 (0 SUCCEEDED)"),
                Invariants.paidOrdersHaveOnePayment(broken).examples());
        assertEquals(
                List.of("payment 8 (order 106)"),
                Invariants.succeededPaymentsArePaid(broken).examples());
    }

    @Test
    void anEventWithoutNotificationFailsOnceItHadTimeToArrive() {
        UUID late = UUID.fromString("00000000-0000-0000-0000-000000000002");
        UUID lost = UUID.fromString("00000000-0000-0000-0000-000000000003");
        Snapshot broken = new Consistent()
                .published(
                        new Snapshot.Published("order", EVENT, NOW.minusSeconds(30)),
                        new Snapshot.Published("payment", lost, NOW.minusSeconds(30)),
                        new Snapshot.Published("order", late, NOW.minusSeconds(1)))
                .build();
        Invariant notified = Invariants.eventsNotified(broken, SETTINGS);
        assertEquals(2, notified.checked());
        assertEquals(List.of("payment event " + lost + " (0)"), notified.examples());
    }

    @Test
    void oldUnsentParkedAndPendingRowsFail() {
        Snapshot broken = new Consistent()
                .outboxes(
                        List.of(new Snapshot.Outbox(
                                "payment",
                                4,
                                List.of(
                                        new Snapshot.Unsent(1, NOW.minusSeconds(61), null),
                                        new Snapshot.Unsent(2, NOW.minusSeconds(59), null),
                                        new Snapshot.Unsent(3, NOW.minusSeconds(1), NOW)))),
                        List.of(
                                new Snapshot.Timed(102, NOW.minusSeconds(79)),
                                new Snapshot.Timed(103, NOW.minusSeconds(77))))
                .build();
        assertEquals(
                List.of("payment 1"), Invariants.outboxSent(broken, SETTINGS).examples());
        assertEquals(List.of("payment 3"), Invariants.outboxNotParked(broken).examples());
        assertEquals(List.of("102"), Invariants.noOldPending(broken, SETTINGS).examples());
    }

    @Test
    void deadLettersAreToldApartByTheirErrorText() {
        assertTrue(Invariants.isTransient("org.postgresql.util.PSQLException: Connection to 127.0.0.1:5432 refused."));
        assertTrue(Invariants.isTransient("jakarta.persistence.PersistenceException: ... SQLState: 40001"));
        assertTrue(Invariants.isTransient("jakarta.persistence.QueryTimeoutException: statement timeout"));
        assertFalse(Invariants.isTransient("java.lang.IllegalArgumentException: quantity must be positive"));
        assertFalse(Invariants.isTransient(null));
        Snapshot letters = new Consistent()
                .deadLetters(
                        new Snapshot.DeadLetter("order", 1, "c", "Connection refused", NOW.minusSeconds(3600)),
                        new Snapshot.DeadLetter("order", 2, "c", "could not serialize access", NOW),
                        new Snapshot.DeadLetter("inventory", 3, "c", "bad payload", NOW))
                .build();
        assertEquals(
                List.of("order 1", "order 2"),
                Invariants.deadLetters(letters, SETTINGS, true).examples());
        assertEquals(
                List.of("inventory 3"),
                Invariants.deadLetters(letters, SETTINGS, false).examples());
        CheckSettings lastMinute =
                CheckSettings.parse(List.of("--since", NOW.minusSeconds(60).toString()), Map.of(), Path.of("t"));
        Invariant recent = Invariants.deadLetters(letters, lastMinute, true);
        assertEquals(2, recent.checked());
        assertEquals(List.of("order 2"), recent.examples());
    }
}
