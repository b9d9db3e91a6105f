package it.onlinemart.payment;

import it.onlinemart.Service;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Puts payments straight into the payment service's database: nothing takes payments until the payment
 * issue arrives, and the read side must be checked before that. Their order ids are far above any real
 * order's, so that they never stand in the way of paying one.
 */
final class StoredPayments {

    record Stored(long paymentId, long orderId) {}

    private StoredPayments() {}

    static Stored store(long userId, BigDecimal amount, String cardLast4) throws SQLException {
        long orderId = ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 2_000_000_000_000L);
        try (Connection db = Service.PAYMENT.database();
                PreparedStatement insert = db.prepareStatement("INSERT INTO payment (order_id, user_id, status, amount,"
                        + " card_last4) VALUES (?, ?, 'SUCCEEDED', ?, ?) RETURNING id")) {
            insert.setLong(1, orderId);
            insert.setLong(2, userId);
            insert.setBigDecimal(3, amount);
            insert.setString(4, cardLast4);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return new Stored(id.getLong(1), orderId);
            }
        }
    }
}
