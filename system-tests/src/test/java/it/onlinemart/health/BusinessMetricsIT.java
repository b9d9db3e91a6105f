package it.onlinemart.health;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.onlinemart.Service;
import it.onlinemart.messaging.ServiceMetrics;
import it.onlinemart.order.Orders;
import it.onlinemart.order.Shelf;
import it.onlinemart.user.Accounts;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microshed.testing.jupiter.MicroShedTest;

/** What an admin watches in /metrics moves with what happens: logins, orders, reservations, events, the outbox. */
@MicroShedTest
class BusinessMetricsIT {

    private static double count(Service service, String metric, String tag, String value) {
        return ServiceMetrics.value(service, metric + "_total", tag, value);
    }

    private static int login(String email, String password) {
        return Service.USER
                .request()
                .body(Map.of("user_email", email, "user_password", password))
                .post("/login")
                .statusCode();
    }

    @Test
    void loginsAreCountedGrantedRefusedAndThrottled() {
        var ann = Accounts.register("Ann", Accounts.uniqueEmail("metrics"), "Pw-correct-horse");
        double granted = count(Service.USER, "logins", "outcome", "granted");
        double refused = count(Service.USER, "logins", "outcome", "refused");
        double throttled = count(Service.USER, "logins", "outcome", "throttled");

        login(ann.email(), ann.password());
        for (int attempt = 0; attempt < 5; attempt++) {
            login(ann.email(), "wrong-" + attempt);
        }
        login(ann.email(), "wrong-again");

        assertTrue(count(Service.USER, "logins", "outcome", "granted") >= granted + 1);
        assertTrue(count(Service.USER, "logins", "outcome", "refused") >= refused + 5);
        assertTrue(count(Service.USER, "logins", "outcome", "throttled") >= throttled + 1);
    }

    @Test
    void aConfirmedOrderIsCountedPlacedAndConfirmedAndItsReservation() {
        var tea = Shelf.stocked("1.50", 10);
        double placed = count(Service.ORDER, "orders", "status", "PENDING");
        double confirmed = count(Service.ORDER, "orders", "status", "CONFIRMED");
        double reserved = count(Service.INVENTORY, "reservations", "outcome", "RESERVED");

        Orders.bought(Accounts.newUser().token(), tea.id(), 1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertTrue(count(Service.ORDER, "orders", "status", "PENDING") >= placed + 1);
            assertTrue(count(Service.ORDER, "orders", "status", "CONFIRMED") >= confirmed + 1);
            assertTrue(count(Service.INVENTORY, "reservations", "outcome", "RESERVED") >= reserved + 1);
        });
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void everyServiceShowsItsOutboxBacklogWhichTheRelayEmpties(Service service) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = service.request().get("/metrics").asString();
            assertTrue(metrics.contains("outbox_pending{"), "outbox_pending of " + service);
            assertTrue(metrics.contains("outbox_oldest_pending_seconds{"), "oldest pending of " + service);
            assertEquals(0, ServiceMetrics.value(service, "outbox_pending", "mp_scope", "application"));
        });
    }

    @Test
    void consumedEventsAreCountedPerConsumer() {
        var cup = Shelf.stocked("2.50", 10);
        double decisions = count(Service.ORDER, "inbox_consumed", "consumer", "order.stock-deduction-decided");

        Orders.bought(Accounts.newUser().token(), cup.id(), 1);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertTrue(count(Service.ORDER, "inbox_consumed", "consumer", "order.stock-deduction-decided")
                                >= decisions + 1));
    }
}
