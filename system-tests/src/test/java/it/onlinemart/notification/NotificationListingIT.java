package it.onlinemart.notification;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Customers read their own notifications, newest first; admins read everyone's. */
@MicroShedTest
class NotificationListingIT {

    @Test
    void aNewUserHasAnEmptyPage() {
        Service.NOTIFICATION
                .request(Accounts.newUser().token())
                .get("/notifications")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("total", equalTo(0));
    }

    @Test
    void aUserSeesOnlyTheirOwnNewestFirst() throws Exception {
        var ann = Accounts.newUser();
        Instant now = Instant.now();
        var older = StoredNotifications.store(ann.userId(), "Order confirmed", now.minus(2, ChronoUnit.HOURS), true);
        var newer = StoredNotifications.store(ann.userId(), "Order paid", now.minus(1, ChronoUnit.HOURS), false);
        StoredNotifications.store(Accounts.newUser().userId(), "Someone else's", now, true);

        Service.NOTIFICATION
                .request(ann.token())
                .get("/notifications")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.notification_id", equalTo(List.of((int) newer.id(), (int) older.id())))
                .body("items[0].event_id", equalTo(newer.eventId().toString()))
                .body("items[0].recipient", equalTo("user-" + ann.userId() + "@example.org"))
                .body("items[0].subject", equalTo("Order paid"))
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].attempts", equalTo(0))
                .body("items[0].created_at", startsWith("20"))
                .body("items[0].sent_at", nullValue())
                .body("items[1].status", equalTo("SENT"))
                .body("items[1].sent_at", startsWith("20"));
    }

    @Test
    void anAdminSeesEveryonesNotifications() throws Exception {
        var ann = StoredNotifications.store(Accounts.newUser().userId(), "For Ann", Instant.now(), false);
        var bob = StoredNotifications.store(Accounts.newUser().userId(), "For Bob", Instant.now(), false);

        Service.NOTIFICATION
                .request(Accounts.adminToken())
                .queryParam("size", 100)
                .get("/notifications")
                .then()
                .statusCode(200)
                .body("items.notification_id", hasItems((int) ann.id(), (int) bob.id()));
    }
}
