package org.onlinemart.inventory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Inventory's one decision about one order: all its lines reserved, or rejected; a reservation is released at
 * most once, and only a RESERVED one holds stock to give back. Refers to the order and products by id.
 */
@Entity
@Table(name = "reservation")
public class Reservation {

    @Id
    @Column(name = "order_id")
    private Long orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReservationStatus status;

    // a release gives back every line, so they come with the reservation
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reservation_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderBy("productId")
    private List<ReservationLine> lines = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Reservation() {}

    private Reservation(long orderId, ReservationStatus status, List<ReservationLine> lines) {
        this.orderId = orderId;
        this.status = status;
        this.lines = new ArrayList<>(lines);
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** Every line of the demand is taken from the stock. */
    public static Reservation reserved(long orderId, Demand demand) {
        return new Reservation(orderId, ReservationStatus.RESERVED, demand.lines());
    }

    /** Some line was short, so none is taken; the lines stay for the record. */
    public static Reservation rejected(long orderId, Demand demand) {
        return new Reservation(orderId, ReservationStatus.REJECTED, demand.lines());
    }

    /** A deduction that is no order's ({@link InvalidDemandException}): rejected, with no lines worth keeping. */
    public static Reservation refused(long orderId) {
        return new Reservation(orderId, ReservationStatus.REJECTED, List.of());
    }

    /** The order's release came before its deduction: nothing was reserved, and the deduction must reserve nothing. */
    public static Reservation releasedBeforeReserved(long orderId) {
        return new Reservation(orderId, ReservationStatus.RELEASED, List.of());
    }

    /**
     * Ends a RESERVED reservation. Anything else (released already, or rejected) holds no stock and stays as it is.
     *
     * @return the lines whose stock goes back: all of them the first time, none after that or when not RESERVED
     */
    public List<ReservationLine> release() {
        if (status != ReservationStatus.RESERVED) {
            return List.of();
        }
        status = ReservationStatus.RELEASED;
        updatedAt = Instant.now();
        return lines();
    }

    /** Only a RESERVED reservation holds its order's stock: what a repeated deduction is answered by. */
    public boolean holdsStock() {
        return status == ReservationStatus.RESERVED;
    }

    public long orderId() {
        return orderId;
    }

    public ReservationStatus status() {
        return status;
    }

    /** In ascending product id order. */
    public List<ReservationLine> lines() {
        return List.copyOf(lines);
    }
}
