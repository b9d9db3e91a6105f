package it.onlinemart.messaging;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.onlinemart.Service;
import it.onlinemart.order.Orders;
import it.onlinemart.order.Shelf;
import it.onlinemart.user.Accounts;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * One unpublishable outbox row (here too large for Kafka) no longer stops every event of its service: the rows
 * behind it are published, and after ten failures of its own it is parked, visible to admins and releasable.
 */
@MicroShedTest
class ParkedOutboxIT {

    private static final Service SERVICE = Service.ORDER;

    private static long insertTooLargeRow(UUID eventId) throws SQLException {
        String payload = "{\"padding\":\"" + "x".repeat(1_100_000) + "\"}"; // over Kafka's 1 MiB request limit
        try (var connection = SERVICE.database();
                var insert = connection.prepareStatement(
                        "INSERT INTO outbox_message (event_id, topic, message_key, payload) VALUES (?, 'order_status',"
                                + " ?, ?) RETURNING id")) {
            insert.setObject(1, eventId);
            insert.setString(2, "parked-test-" + eventId);
            insert.setString(3, payload);
            var rows = insert.executeQuery();
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Instant parkedAt(long id) throws SQLException {
        try (var connection = SERVICE.database();
                var query = connection.prepareStatement("SELECT parked_at FROM outbox_message WHERE id = ?")) {
            query.setLong(1, id);
            var rows = query.executeQuery();
            rows.next();
            var parked = rows.getTimestamp(1);
            return parked == null ? null : parked.toInstant();
        }
    }

    private static void delete(long id) throws SQLException {
        try (var connection = SERVICE.database();
                var delete = connection.prepareStatement("DELETE FROM outbox_message WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    @Test
    void aRowKafkaRefusesIsParkedWhileTheEventsBehindItFlow() throws SQLException {
        UUID eventId = UUID.randomUUID();
        long rowId = insertTooLargeRow(eventId);
        try {
            var customer = Accounts.newUser();
            var tea = Shelf.stocked("1.20", 50);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            int confirmed = 0;
            while (parkedAt(rowId) == null && Instant.now().isBefore(deadline)) {
                // each order's events are behind the row: the order is CONFIRMED only if they flow
                Orders.bought(customer.token(), tea.id(), 1);
                confirmed++;
            }
            assertTrue(parkedAt(rowId) != null, "parked after " + confirmed + " orders went through behind it");

            String admin = Accounts.adminToken();
            SERVICE.request(admin)
                    .get("/admin/outbox/parked?size=100")
                    .then()
                    .statusCode(200)
                    .body("items.event_id", hasItem(eventId.toString()));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> ServiceMetrics.value(SERVICE, "outbox_parked_rows", "mp_scope", "application") >= 1);

            SERVICE.request(admin)
                    .post("/admin/outbox/parked/{id}/release", rowId)
                    .then()
                    .statusCode(200)
                    .body("parked_at", nullValue());
        } finally {
            delete(rowId); // released, it would only be parked again
        }
    }
}
