package it.onlinemart.order;

import it.onlinemart.Service;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Puts orders straight into the order service's database: nothing places orders until order creation
 * (issue 5) arrives, and the read side must be checked before that. Product ids are far above any real one.
 */
final class StoredOrders {

    record Line(long productId, String productName, BigDecimal unitPrice, int quantity) {}

    private StoredOrders() {}

    /** A CONFIRMED order of that user, created at that time; its id. */
    static long store(long userId, Instant createdAt, List<Line> lines) throws SQLException {
        BigDecimal total = lines.stream()
                .map(line -> line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        try (Connection db = Service.ORDER.database();
                PreparedStatement order =
                        db.prepareStatement("INSERT INTO customer_order (user_id, user_email, user_name,"
                                + " status, total_price, created_at, updated_at)"
                                + " VALUES (?, ?, 'Test User', 'CONFIRMED', ?, ?, ?) RETURNING id");
                PreparedStatement line =
                        db.prepareStatement("INSERT INTO order_line (order_id, product_id, product_name,"
                                + " unit_price, quantity) VALUES (?, ?, ?, ?, ?)")) {
            db.setAutoCommit(false);
            order.setLong(1, userId);
            order.setString(2, "user-" + userId + "@example.org");
            order.setBigDecimal(3, total);
            order.setTimestamp(4, Timestamp.from(createdAt));
            order.setTimestamp(5, Timestamp.from(createdAt));
            long orderId;
            try (ResultSet id = order.executeQuery()) {
                id.next();
                orderId = id.getLong(1);
            }
            for (Line each : lines) {
                line.setLong(1, orderId);
                line.setLong(2, each.productId());
                line.setString(3, each.productName());
                line.setBigDecimal(4, each.unitPrice());
                line.setInt(5, each.quantity());
                line.executeUpdate();
            }
            db.commit();
            return orderId;
        }
    }

    /** An order of one line, created now. */
    static long store(long userId) throws SQLException {
        return store(userId, Instant.now(), List.of(new Line(9_000_000_001L, "Stored tea", new BigDecimal("2.50"), 2)));
    }
}
