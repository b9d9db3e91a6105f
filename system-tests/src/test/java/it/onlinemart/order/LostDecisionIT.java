package it.onlinemart.order;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.onlinemart.Service;
import it.onlinemart.messaging.ServiceMetrics;
import it.onlinemart.user.Accounts;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * An order whose inventory_deduction, or inventory's answer to it, was lost would stay PENDING forever. The order
 * service asks inventory again about orders PENDING past order.reconcile.after-seconds (60 s), every
 * order.reconcile.period-seconds (15 s); inventory answers with the decision it made, or decides now. The orders
 * here were placed ten minutes ago in the order service's database, so only the job's period is waited for.
 */
@MicroShedTest
class LostDecisionIT {

    /** A run of the job (every 15 s) and the saga's hops after it, with room for a busy machine. */
    private static final Duration RECONCILED = Duration.ofMinutes(2);

    @Test
    void anOrderWhoseDeductionWasNeverSentIsReservedAndConfirmedWhenInventoryIsAskedAgain() throws SQLException {
        var tea = Shelf.stocked("2.00", 5);
        var ann = Accounts.newUser();
        double reconciledBefore = reconciled();

        long orderId = pendingSinceTenMinutes(ann, tea.id(), tea.name(), tea.price(), 2);

        awaitConfirmed(ann.token(), orderId);
        Orders.awaitAvailable(tea.id(), 3);
        assertTrue(reconciled() > reconciledBefore, "order_reconciled_total went up");
    }

    @Test
    void anOrderWhoseAnswerWasLostIsConfirmedAgainWithoutTakingItsStockTwice() throws SQLException {
        var tea = Shelf.stocked("2.00", 5);
        var ann = Accounts.newUser();
        long orderId = Orders.bought(ann.token(), tea.id(), 2);
        Orders.awaitAvailable(tea.id(), 3);

        // as if inventory's RESERVED had never arrived: inventory keeps its reservation, order waits still
        backToPendingSinceTenMinutes(orderId);

        awaitConfirmed(ann.token(), orderId);
        // inventory answered the repeated ask in the transaction that would have taken stock: none was taken
        assertEquals(3, Orders.available(tea.id()));
        assertTrue(attemptsOf(orderId) >= 1, "the order service asked inventory again");
    }

    private static void awaitConfirmed(String token, long orderId) {
        await().atMost(RECONCILED)
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> Orders.read(token, orderId).statusCode(200).body("status", equalTo("CONFIRMED")));
    }

    /** A PENDING order of one line, as POST /order writes it, but placed ten minutes ago and never sent on. */
    private static long pendingSinceTenMinutes(
            Accounts.Account customer, long productId, String productName, BigDecimal unitPrice, int quantity)
            throws SQLException {
        try (Connection db = Service.ORDER.database();
                PreparedStatement order = db.prepareStatement("INSERT INTO customer_order (user_id, user_email,"
                        + " user_name, status, total_price, correlation_id, created_at, updated_at)"
                        + " VALUES (?, ?, ?, 'PENDING', ?, ?, now() - interval '10 minutes',"
                        + " now() - interval '10 minutes') RETURNING id");
                PreparedStatement line = db.prepareStatement("INSERT INTO order_line (order_id, product_id,"
                        + " product_name, unit_price, quantity) VALUES (?, ?, ?, ?, ?)")) {
            db.setAutoCommit(false);
            order.setLong(1, customer.userId());
            order.setString(2, customer.email());
            order.setString(3, customer.name());
            order.setBigDecimal(4, unitPrice.multiply(BigDecimal.valueOf(quantity)));
            order.setObject(5, UUID.randomUUID());
            long orderId;
            try (ResultSet id = order.executeQuery()) {
                id.next();
                orderId = id.getLong(1);
            }
            line.setLong(1, orderId);
            line.setLong(2, productId);
            line.setString(3, productName);
            line.setBigDecimal(4, unitPrice);
            line.setInt(5, quantity);
            line.executeUpdate();
            db.commit();
            return orderId;
        }
    }

    private static void backToPendingSinceTenMinutes(long orderId) throws SQLException {
        try (Connection db = Service.ORDER.database();
                PreparedStatement update = db.prepareStatement("UPDATE customer_order SET status = 'PENDING',"
                        + " created_at = now() - interval '10 minutes', updated_at = now() - interval '10 minutes'"
                        + " WHERE id = ? AND status = 'CONFIRMED'")) {
            update.setLong(1, orderId);
            assertEquals(1, update.executeUpdate(), "the CONFIRMED order set back to PENDING");
        }
    }

    private static int attemptsOf(long orderId) throws SQLException {
        try (Connection db = Service.ORDER.database();
                PreparedStatement query =
                        db.prepareStatement("SELECT reconcile_attempts FROM customer_order WHERE id = ?")) {
            query.setLong(1, orderId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static double reconciled() {
        return ServiceMetrics.value(Service.ORDER, "order_reconciled_total", "mp_scope", "application");
    }
}
