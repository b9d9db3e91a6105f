package it.onlinemart.notification;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;
import it.onlinemart.Service;
import it.onlinemart.order.Orders;
import it.onlinemart.order.Shelf;
import it.onlinemart.user.Accounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Customers read the notifications their orders caused, newest first; admins read everyone's. */
@MicroShedTest
class NotificationListingIT {

    private static ValidatableResponse listedFor(String token) {
        return Service.NOTIFICATION
                .request(token)
                .queryParam("size", 100)
                .get("/notifications")
                .then()
                .statusCode(200);
    }

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
    void aUserSeesOnlyTheirOwnNewestFirst() {
        var tea = Shelf.stocked("2.50", 10);
        var ann = Accounts.newUser();
        var bob = Accounts.newUser();
        long annsOrder = Orders.bought(ann.token(), tea.id(), 1);
        Orders.bought(bob.token(), tea.id(), 1);

        await().atMost(Mailbox.DELIVERY)
                .untilAsserted(() -> listedFor(ann.token())
                        .body("total", equalTo(2))
                        .body(
                                "items.subject",
                                equalTo(List.of(
                                        "Your order " + annsOrder + " is confirmed",
                                        "We received your order " + annsOrder)))
                        .body("items.recipient", everyItem(equalTo(ann.email())))
                        .body("items.status", everyItem(equalTo("SENT")))
                        .body("items.event_id", everyItem(matchesPattern("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}")))
                        .body("items[0].attempts", equalTo(1))
                        .body("items[0].created_at", startsWith("20"))
                        .body("items[0].sent_at", startsWith("20")));
    }

    @Test
    void anAdminSeesEveryonesNotifications() {
        var cup = Shelf.stocked("4.00", 10);
        var ann = Accounts.newUser();
        var bob = Accounts.newUser();
        long annsOrder = Orders.bought(ann.token(), cup.id(), 1);
        long bobsOrder = Orders.bought(bob.token(), cup.id(), 1);

        await().atMost(Mailbox.DELIVERY)
                .untilAsserted(() -> listedFor(Accounts.adminToken())
                        .body(
                                "items.subject",
                                hasItems(
                                        "Your order " + annsOrder + " is confirmed",
                                        "Your order " + bobsOrder + " is confirmed")));
    }
}
