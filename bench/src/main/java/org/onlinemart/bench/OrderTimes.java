package org.onlinemart.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long placed orders took to be CONFIRMED, to the millisecond: from sending POST /order to the moment the order
 * service stored the status ({@code customer_order.updated_at}, set by the confirmation; nothing else changes an order
 * during a run, payment and the grace period come later). Both clocks are this machine's.
 */
final class OrderTimes {

    /** The placed orders' statuses when read, and the time to CONFIRMED of those that were. */
    record Result(Map<String, Long> statuses, Latencies.Summary toConfirmed) {

        static final Result NONE = new Result(Map.of(), Latencies.Summary.NONE);
    }

    private static final long POLL_MILLIS = 200;

    private OrderTimes() {}

    /**
     * Waits until none of the orders is PENDING (at most wait), then reads when each was confirmed; on a connection
     * without auto-commit, whose transaction it rolls back (so that it adds no commit to PostgreSQL's counts).
     */
    static Result read(Connection orderDatabase, List<PlacedOrder> placed, Duration wait)
            throws SQLException, InterruptedException {
        if (placed.isEmpty()) {
            return Result.NONE;
        }
        Long[] ids = placed.stream().map(PlacedOrder::orderId).toArray(Long[]::new);
        long deadline = System.nanoTime() + wait.toNanos();
        while (pending(orderDatabase, ids) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(POLL_MILLIS);
        }
        Map<Long, PlacedOrder> byId = new HashMap<>();
        placed.forEach(order -> byId.put(order.orderId(), order));
        Map<String, Long> statuses = new TreeMap<>();
        List<Long> toConfirmed = new ArrayList<>();
        Array array = orderDatabase.createArrayOf("bigint", ids);
        try (PreparedStatement select = orderDatabase.prepareStatement(
                "SELECT id, status, updated_at FROM customer_order WHERE id = ANY (?)")) {
            select.setArray(1, array);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String status = rows.getString(2);
                    statuses.merge(status, 1L, Long::sum);
                    if (status.equals("CONFIRMED")) {
                        PlacedOrder order = byId.get(rows.getLong(1));
                        toConfirmed.add(Duration.between(
                                        order.sent(), rows.getTimestamp(3).toInstant())
                                .toNanos());
                    }
                }
            }
        }
        orderDatabase.rollback();
        return new Result(statuses, Latencies.of(toConfirmed));
    }

    private static long pending(Connection orderDatabase, Long[] ids) throws SQLException {
        try (PreparedStatement count = orderDatabase.prepareStatement(
                "SELECT count(*) FROM customer_order WHERE id = ANY (?) AND status = 'PENDING'")) {
            count.setArray(1, orderDatabase.createArrayOf("bigint", ids));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
