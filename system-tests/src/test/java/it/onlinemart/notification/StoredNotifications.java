package it.onlinemart.notification;

import it.onlinemart.Service;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Puts notifications straight into the notification service's database: nothing writes them until mail
 * sending arrives, and the read side must be checked before that.
 */
final class StoredNotifications {

    record Stored(long id, UUID eventId) {}

    private StoredNotifications() {}

    /** A notification of that user, SENT at createdAt when sent is true, else PENDING. */
    static Stored store(long userId, String subject, Instant createdAt, boolean sent) throws SQLException {
        UUID eventId = UUID.randomUUID();
        try (Connection db = Service.NOTIFICATION.database();
                PreparedStatement insert = db.prepareStatement("INSERT INTO notification (event_id, user_id, recipient,"
                        + " subject, body, status, attempts, created_at, sent_at)"
                        + " VALUES (?, ?, ?, ?, 'body', ?, ?, ?, ?) RETURNING id")) {
            insert.setObject(1, eventId);
            insert.setLong(2, userId);
            insert.setString(3, "user-" + userId + "@example.org");
            insert.setString(4, subject);
            insert.setString(5, sent ? "SENT" : "PENDING");
            insert.setInt(6, sent ? 1 : 0);
            insert.setTimestamp(7, Timestamp.from(createdAt));
            insert.setTimestamp(8, sent ? Timestamp.from(createdAt) : null);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return new Stored(id.getLong(1), eventId);
            }
        }
    }
}
