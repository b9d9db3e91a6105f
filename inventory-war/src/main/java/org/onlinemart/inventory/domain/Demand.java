package org.onlinemart.inventory.domain;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one order asks of the stock: per product, the quantities of its lines summed. Kept in product-id order,
 * the order in which stock rows are locked, so that two orders sharing products wait instead of deadlocking.
 */
public final class Demand {

    /** More lines than this are no shop order (the same bound as get_product_details). */
    public static final int MAX_LINES = 100;

    private final SortedMap<Long, Integer> quantities;

    private Demand(SortedMap<Long, Integer> quantities) {
        this.quantities = quantities;
    }

    /** @throws InvalidDemandException when the lines are none, over {@link #MAX_LINES}, or one's quantity is below 1 */
    public static Demand of(List<ReservationLine> lines) {
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new InvalidDemandException(
                    "an order has 1 to " + MAX_LINES + " lines, this one " + (lines == null ? 0 : lines.size()));
        }
        SortedMap<Long, Integer> quantities = new TreeMap<>();
        for (ReservationLine line : lines) {
            if (line == null || line.quantity() < 1) {
                throw new InvalidDemandException("every line needs a quantity of at least 1, not " + line);
            }
            try {
                quantities.merge(line.productId(), line.quantity(), Math::addExact);
            } catch (ArithmeticException overflow) {
                throw new InvalidDemandException(
                        "the lines of product " + line.productId() + " add up to more than " + Integer.MAX_VALUE);
            }
        }
        return new Demand(quantities);
    }

    /** The products asked for, in ascending id order. */
    public List<Long> productIds() {
        return List.copyOf(quantities.keySet());
    }

    /** One line per product, in ascending product id order. */
    public List<ReservationLine> lines() {
        return quantities.entrySet().stream()
                .map(line -> new ReservationLine(line.getKey(), line.getValue()))
                .toList();
    }

    /** The products of which less is available than asked, in product id order; a product missing counts as 0. */
    public List<Shortage> shortagesGiven(Map<Long, Integer> available) {
        return quantities.entrySet().stream()
                .map(line -> new Shortage(line.getKey(), line.getValue(), available.getOrDefault(line.getKey(), 0)))
                .filter(shortage -> shortage.available() < shortage.requested())
                .toList();
    }
}
