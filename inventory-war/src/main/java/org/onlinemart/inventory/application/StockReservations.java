package org.onlinemart.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.onlinemart.commons.events.StockDeductionDecided;
import org.onlinemart.commons.events.StockDeductionDecided.Outcome;
import org.onlinemart.commons.events.StockDeductionRequested;
import org.onlinemart.commons.events.StockLevelChanged;
import org.onlinemart.commons.events.StockReleaseRequested;
import org.onlinemart.commons.logging.OrderTrail;
import org.onlinemart.commons.metrics.Counted;
import org.onlinemart.commons.outbox.Outbox;
import org.onlinemart.inventory.domain.Demand;
import org.onlinemart.inventory.domain.InvalidDemandException;
import org.onlinemart.inventory.domain.Reservation;
import org.onlinemart.inventory.domain.ReservationLine;
import org.onlinemart.inventory.domain.ReservationRepository;
import org.onlinemart.inventory.domain.ReservationStatus;
import org.onlinemart.inventory.domain.Shortage;
import org.onlinemart.inventory.domain.StockLevels;

/**
 * The inventory half of the order saga (DESIGN.md §5): reserves all lines of an order or none, once per order, and
 * answers each deduction asked for the order with that one decision; gives a reservation's stock back once when the
 * order is cancelled. Its answer carries the order's correlation id on, as the release that may follow brings it
 * along itself.
 */
@ApplicationScoped
public class StockReservations {

    private static final Logger LOG = Logger.getLogger(StockReservations.class.getName());

    private StockLevels stock;
    private ReservationRepository reservations;
    private Outbox outbox;
    private Event<Counted> counted;

    protected StockReservations() {}

    @Inject
    public StockReservations(
            StockLevels stock, ReservationRepository reservations, Outbox outbox, Event<Counted> counted) {
        this.stock = stock;
        this.reservations = reservations;
        this.outbox = outbox;
        this.counted = counted;
    }

    @Transactional
    public void reserve(StockDeductionRequested request) {
        long orderId = request.orderId();
        OrderTrail trail = OrderTrail.of(request);
        Demand demand;
        try {
            demand = Demand.of(
                    request.items() == null
                            ? null
                            : request.items().stream()
                                    .map(line -> line == null
                                            ? null
                                            : new ReservationLine(line.productId(), line.quantity()))
                                    .toList());
        } catch (InvalidDemandException e) {
            LOG.warning(() ->
                    trail + ": REJECTED the inventory_deduction (event " + request.eventId() + "): " + e.getMessage());
            if (claim(Reservation.refused(orderId), request)) {
                decided(orderId, Outcome.REJECTED, List.of(), request.correlationId());
            }
            return;
        }
        // locked before the claim, so the decision is about the stock it takes from
        List<Shortage> shortages = demand.shortagesGiven(stock.lockAvailable(demand.productIds()));
        Reservation reservation =
                shortages.isEmpty() ? Reservation.reserved(orderId, demand) : Reservation.rejected(orderId, demand);
        if (!claim(reservation, request)) {
            return;
        }
        if (shortages.isEmpty()) {
            for (ReservationLine line : reservation.lines()) {
                int available = stock.take(line.productId(), line.quantity())
                        .orElseThrow(() -> new IllegalStateException(
                                "product " + line.productId() + " fell short under its row lock"));
                availabilityChanged(line.productId(), available);
            }
        }
        decided(orderId, shortages.isEmpty() ? Outcome.RESERVED : Outcome.REJECTED, shortages, request.correlationId());
        LOG.info(() -> trail + ": " + reservation.status() + " " + reservation.lines()
                + (shortages.isEmpty() ? "" : ", short of " + shortages));
    }

    @Transactional
    public void release(StockReleaseRequested request) {
        long orderId = request.orderId();
        OrderTrail trail = OrderTrail.of(request);
        // the deduction travels on another topic and may come later: it finds this and reserves nothing
        if (reservations.claim(Reservation.releasedBeforeReserved(orderId))) {
            LOG.info(() -> trail + ": RELEASED before any deduction, nothing to give back");
            return;
        }
        Reservation reservation = reservations
                .lockByOrderId(orderId)
                .orElseThrow(() -> new IllegalStateException("order " + orderId + " claimed, yet without reservation"));
        ReservationStatus before = reservation.status();
        List<ReservationLine> giveBack = reservation.release();
        // in product id order, so these updates take the row locks in the same order as reservations do
        for (ReservationLine line : giveBack) {
            availabilityChanged(line.productId(), stock.giveBack(line.productId(), line.quantity()));
        }
        LOG.info(() -> trail + ": "
                + (giveBack.isEmpty()
                        ? "already " + before + ", the release gives nothing back"
                        : "RELEASED, gave back " + giveBack));
    }

    /**
     * One reservation per order, ever: a second deduction, whatever its lines, is not applied but answered with the
     * decision on record, so that an order that never heard the first answer can ask again safely.
     */
    private boolean claim(Reservation reservation, StockDeductionRequested request) {
        boolean claimed = reservations.claim(reservation);
        if (!claimed) {
            answerAgain(request);
        }
        return claimed;
    }

    /**
     * The recorded decision once more, stock untouched: RESERVED while the reservation holds the stock, REJECTED
     * otherwise (rejected, or released since: its order was cancelled or refunded and ignores any answer, and an
     * order that were still waiting holds nothing here). Shortages are not kept, so none are named.
     */
    private void answerAgain(StockDeductionRequested request) {
        // locked: a release under way is waited for, so the answer is what holds after it
        Reservation decided = reservations
                .lockByOrderId(request.orderId())
                .orElseThrow(() ->
                        new IllegalStateException("order " + request.orderId() + " claimed, yet without reservation"));
        Outcome outcome = decided.holdsStock() ? Outcome.RESERVED : Outcome.REJECTED;
        outbox.enqueue(StockDeductionDecided.of(request.orderId(), outcome, List.of(), request.correlationId()));
        LOG.info(() ->
                OrderTrail.of(request) + ": decided already (" + decided.status() + "); inventory_deduction event "
                        + request.eventId() + " changes nothing and is answered " + outcome + " again");
    }

    private void decided(long orderId, Outcome outcome, List<Shortage> shortages, UUID correlationId) {
        // reservations_total{outcome}: REJECTED counts the orders refused for short (or malformed) demand
        counted.fire(Counted.of("reservations", "outcome", outcome));
        outbox.enqueue(StockDeductionDecided.of(
                orderId,
                outcome,
                shortages.stream()
                        .map(s -> new StockDeductionDecided.Shortage(s.productId(), s.requested(), s.available()))
                        .toList(),
                correlationId));
    }

    /** Made after the product's update, under its row lock, so the events of one product follow commit order. */
    private void availabilityChanged(long productId, int available) {
        outbox.enqueue(StockLevelChanged.of(productId, available));
    }
}
