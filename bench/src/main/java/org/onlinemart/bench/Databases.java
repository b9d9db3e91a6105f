package org.onlinemart.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Reads the rows {@code check} judges from the six databases with plain JDBC, each database in one read-only
 * REPEATABLE READ transaction (so one database is read at one instant; the six are not read at the same one, hence
 * the check wants a quiet stack).
 */
final class Databases {

    static final List<String> SERVICES = List.of("user", "inventory", "product", "order", "notification", "payment");

    private final CheckSettings settings;

    Databases(CheckSettings settings) {
        this.settings = settings;
    }

    Snapshot read() throws SQLException {
        Instant now;
        List<Snapshot.StockLevel> stock = new ArrayList<>();
        Map<Long, Map<Long, Integer>> reserved = new TreeMap<>();
        try (Connection inventory = open("inventory")) {
            now = now(inventory);
            query(
                    inventory,
                    """
                    SELECT i.product_id, i.available,
                           COALESCE((SELECT sum(s.quantity) FROM stock_in s WHERE s.product_id = i.product_id), 0),
                           COALESCE((SELECT sum(l.quantity) FROM reservation_line l
                                     JOIN reservation r ON r.order_id = l.order_id
                                     WHERE r.status = 'RESERVED' AND l.product_id = i.product_id), 0)
                    FROM inventory_item i ORDER BY i.product_id""",
                    row -> stock.add(
                            new Snapshot.StockLevel(row.getLong(1), row.getLong(3), row.getLong(2), row.getLong(4))));
            query(inventory, """
                    SELECT l.order_id, l.product_id, l.quantity FROM reservation_line l
                    JOIN reservation r ON r.order_id = l.order_id WHERE r.status = 'RESERVED'""", row -> line(reserved, row));
            inventory.commit();
        }
        Map<Long, Map<Long, Integer>> heldByOrders = new TreeMap<>();
        Set<Long> paidOrders = new HashSet<>();
        List<Snapshot.Timed> pending = new ArrayList<>();
        long[] orders = new long[1];
        List<Snapshot.Published> published = new ArrayList<>();
        try (Connection order = open("order")) {
            query(order, """
                    SELECT l.order_id, l.product_id, l.quantity FROM order_line l
                    JOIN customer_order o ON o.id = l.order_id WHERE o.status IN ('CONFIRMED', 'PAID')""", row -> line(heldByOrders, row));
            query(order, "SELECT id FROM customer_order WHERE status = 'PAID'", row -> paidOrders.add(row.getLong(1)));
            query(
                    order,
                    "SELECT id, created_at FROM customer_order WHERE status = 'PENDING' ORDER BY id",
                    row -> pending.add(new Snapshot.Timed(row.getLong(1), instant(row, 2))));
            query(order, "SELECT count(*) FROM customer_order", row -> orders[0] = row.getLong(1));
            published(order, "order", "order_notification", published);
            order.commit();
        }
        List<Snapshot.Payment> succeeded = new ArrayList<>();
        try (Connection payment = open("payment")) {
            query(
                    payment,
                    "SELECT id, order_id FROM payment WHERE status = 'SUCCEEDED' ORDER BY id",
                    row -> succeeded.add(new Snapshot.Payment(row.getLong(1), row.getLong(2))));
            published(payment, "payment", "payment_notification", published);
            payment.commit();
        }
        Map<UUID, Integer> notifications = new HashMap<>();
        try (Connection notification = open("notification")) {
            query(
                    notification,
                    "SELECT event_id, count(*) FROM notification GROUP BY event_id",
                    row -> notifications.put(row.getObject(1, UUID.class), row.getInt(2)));
            notification.commit();
        }
        List<Snapshot.Outbox> outboxes = new ArrayList<>();
        List<Snapshot.DeadLetter> deadLetters = new ArrayList<>();
        for (String service : SERVICES) {
            try (Connection connection = open(service)) {
                long[] rows = new long[1];
                List<Snapshot.Unsent> unsent = new ArrayList<>();
                query(connection, "SELECT count(*) FROM outbox_message", row -> rows[0] = row.getLong(1));
                query(
                        connection,
                        "SELECT id, created_at, parked_at FROM outbox_message WHERE sent_at IS NULL ORDER BY id",
                        row -> unsent.add(new Snapshot.Unsent(row.getLong(1), instant(row, 2), instant(row, 3))));
                outboxes.add(new Snapshot.Outbox(service, rows[0], unsent));
                query(
                        connection,
                        "SELECT id, consumer, error, failed_at FROM dead_letter ORDER BY id",
                        row -> deadLetters.add(new Snapshot.DeadLetter(
                                service, row.getLong(1), row.getString(2), row.getString(3), instant(row, 4))));
                connection.commit();
            }
        }
        return new Snapshot(
                now,
                stock,
                heldByOrders,
                reserved,
                paidOrders,
                succeeded,
                published,
                notifications,
                outboxes,
                pending,
                orders[0],
                deadLetters);
    }

    private Connection open(String service) throws SQLException {
        try {
            Connection connection =
                    DriverManager.getConnection(settings.urlOf(service), settings.dbUser(), settings.dbPassword());
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            return connection;
        } catch (SQLException e) {
            throw new SQLException(
                    "cannot read " + settings.urlOf(service) + " as " + settings.dbUser() + ": " + e.getMessage(),
                    e.getSQLState(),
                    e);
        }
    }

    private static void published(Connection connection, String database, String topic, List<Snapshot.Published> into)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT event_id, sent_at FROM outbox_message WHERE topic = ? AND sent_at IS NOT NULL ORDER BY id")) {
            statement.setString(1, topic);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    into.add(new Snapshot.Published(database, row.getObject(1, UUID.class), instant(row, 2)));
                }
            }
        }
    }

    private static Instant now(Connection connection) throws SQLException {
        Instant[] now = new Instant[1];
        query(connection, "SELECT now()", row -> now[0] = instant(row, 1));
        return now[0];
    }

    private static void line(Map<Long, Map<Long, Integer>> lines, ResultSet row) throws SQLException {
        lines.computeIfAbsent(row.getLong(1), order -> new TreeMap<>()).put(row.getLong(2), row.getInt(3));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static void query(Connection connection, String sql, RowReader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                reader.read(row);
            }
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }
}
