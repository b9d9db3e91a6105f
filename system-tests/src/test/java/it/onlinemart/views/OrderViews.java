package it.onlinemart.views;

import it.onlinemart.Service;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the order service's price and stock view, and its processed events, straight from its database:
 * the cart that will show them comes with a later issue, and the view must be checked before that.
 */
public final class OrderViews {

    public record Row(String productName, BigDecimal price, Integer available) {}

    private OrderViews() {}

    private static Connection orderDatabase() throws SQLException {
        return Service.ORDER.database();
    }

    /** Whether the order service's consumers have processed (applied or skipped) this event. */
    static boolean processed(UUID eventId) throws SQLException {
        try (Connection db = orderDatabase();
                PreparedStatement query = db.prepareStatement("SELECT 1 FROM processed_event WHERE event_id = ?")) {
            query.setObject(1, eventId);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /** The order service's view of the product: empty until its first price or stock event arrived. */
    public static Optional<Row> of(long productId) throws SQLException {
        try (Connection db = orderDatabase();
                PreparedStatement query = db.prepareStatement(
                        "SELECT product_name, price, available FROM product_view WHERE product_id = ?")) {
            query.setLong(1, productId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(row.getString("product_name"), row.getBigDecimal("price"), (Integer)
                        row.getObject("available")));
            }
        }
    }
}
