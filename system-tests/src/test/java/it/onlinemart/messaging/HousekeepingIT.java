package it.onlinemart.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.onlinemart.DevStackControl;
import it.onlinemart.Service;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The reliability tables do not grow forever: sent outbox rows older than a week and processed-event rows older than
 * two weeks are deleted by every service's housekeeping job (its first run comes 20 s after start), younger ones
 * stay.
 */
@MicroShedTest
class HousekeepingIT {

    private static final Service SERVICE = Service.PAYMENT;

    private static void insertOutboxRow(UUID eventId, String age) throws SQLException {
        try (var connection = SERVICE.database();
                var insert = connection.prepareStatement(
                        "INSERT INTO outbox_message (event_id, topic, message_key, payload, created_at, attempts, sent_at)"
                                + " VALUES (?, 'housekeeping_test', 'k', '{}', now() - CAST(? AS interval), 1,"
                                + " now() - CAST(? AS interval))")) {
            insert.setObject(1, eventId);
            insert.setString(2, age);
            insert.setString(3, age);
            insert.executeUpdate();
        }
    }

    private static void insertProcessedEvent(UUID eventId, String age) throws SQLException {
        try (var connection = SERVICE.database();
                var insert =
                        connection.prepareStatement("INSERT INTO processed_event (event_id, consumer, processed_at)"
                                + " VALUES (?, 'housekeeping-test', now() - CAST(? AS interval))")) {
            insert.setObject(1, eventId);
            insert.setString(2, age);
            insert.executeUpdate();
        }
    }

    private static int count(String table, UUID eventId) throws SQLException {
        try (var connection = SERVICE.database();
                var query = connection.prepareStatement("SELECT count(*) FROM " + table + " WHERE event_id = ?")) {
            query.setObject(1, eventId);
            var rows = query.executeQuery();
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void rowsPastTheirRetentionArePurgedAndYoungerOnesStay() throws SQLException {
        UUID oldSent = UUID.randomUUID();
        UUID recentSent = UUID.randomUUID();
        UUID oldProcessed = UUID.randomUUID();
        UUID recentProcessed = UUID.randomUUID();
        insertOutboxRow(oldSent, "30 days");
        insertOutboxRow(recentSent, "1 hour");
        insertProcessedEvent(oldProcessed, "30 days");
        insertProcessedEvent(recentProcessed, "1 hour");

        DevStackControl.restartService(SERVICE.serverName()); // its job's first run follows the start

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> count("outbox_message", oldSent) == 0 && count("processed_event", oldProcessed) == 0);
        assertEquals(1, count("outbox_message", recentSent), "a row sent an hour ago stays");
        assertEquals(1, count("processed_event", recentProcessed), "an event processed an hour ago stays");
    }
}
