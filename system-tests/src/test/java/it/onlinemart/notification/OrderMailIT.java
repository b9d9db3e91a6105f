package it.onlinemart.notification;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.onlinemart.DevStackControl;
import it.onlinemart.Service;
import it.onlinemart.messaging.ServiceMetrics;
import it.onlinemart.order.Carts;
import it.onlinemart.order.Orders;
import it.onlinemart.order.Shelf;
import it.onlinemart.user.Accounts;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** The buyer gets a real e-mail, through the stack's SMTP server, for every step of an order. */
@MicroShedTest
class OrderMailIT {

    private static double mailsSent() {
        return ServiceMetrics.value(Service.NOTIFICATION, "mail_sent_total", "mp_scope", "application");
    }

    private static Accounts.Account buyer() {
        return Accounts.register("Ann Mailer", Accounts.uniqueEmail("ann"), "Pw-" + UUID.randomUUID());
    }

    @Test
    void aPlacedAndConfirmedOrderMailsTheBuyerTheOrderNumberItemsAndTotalAsTextAndHtml() {
        var kettle = Shelf.stocked("24.99", 20);
        var ann = buyer();
        double sentBefore = mailsSent();

        long orderId = Orders.bought(ann.token(), kettle.id(), 2);

        Mailbox.awaitMail(ann.email(), "We received your order " + orderId);
        var confirmed = Mailbox.awaitMail(ann.email(), "Your order " + orderId + " is confirmed");
        String mail = confirmed.source();
        assertTrue(mail.contains("multipart/alternative"), mail);
        assertTrue(mail.contains("text/plain"), mail);
        assertTrue(mail.contains("text/html"), mail);
        assertTrue(mail.contains("Hello Ann Mailer,"), mail);
        assertTrue(mail.contains("Order " + orderId + ": CONFIRMED"), mail);
        assertTrue(mail.contains("2 x " + kettle.name() + " at 24.99 = 49.98"), mail);
        assertTrue(mail.contains("Total: 49.98"), mail);
        assertTrue(mail.contains("<h2>Order " + orderId + ": CONFIRMED</h2>"), mail);
        assertTrue(mailsSent() >= sentBefore + 2);
    }

    @Test
    void theBuyerSeesTheMailsTheyWereSentInTheirNotificationList() {
        var cup = Shelf.stocked("3.50", 10);
        var ann = buyer();
        long orderId = Orders.bought(ann.token(), cup.id(), 1);
        Mailbox.awaitMail(ann.email(), "Your order " + orderId + " is confirmed");

        await().atMost(Mailbox.DELIVERY)
                .untilAsserted(() -> Service.NOTIFICATION
                        .request(ann.token())
                        .get("/notifications")
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(2))
                        .body("items.status", everyItem(equalTo("SENT")))
                        .body("items.recipient", everyItem(equalTo(ann.email())))
                        .body("items[0].subject", equalTo("Your order " + orderId + " is confirmed"))
                        .body("items[1].subject", equalTo("We received your order " + orderId))
                        .body("items.attempts", everyItem(equalTo(1))));
    }

    @Test
    void cancellingAnOrderMailsTheBuyer() {
        var tea = Shelf.stocked("2.00", 10);
        var ann = buyer();
        long orderId = Orders.bought(ann.token(), tea.id(), 1);

        Orders.cancel(ann.token(), orderId).statusCode(200);

        var cancelled = Mailbox.awaitMail(ann.email(), "Your order " + orderId + " is cancelled");
        assertTrue(cancelled.source().contains("was cancelled as you asked"), cancelled.source());
    }

    @Test
    void mailsHeldUpWhileTheSmtpServerIsDownArriveOnceItIsBackExactlyOnceEach() {
        var pan = Shelf.stocked("12.00", 10);
        var ann = buyer();
        Carts.add(ann.token(), pan.id(), 1).statusCode(200);
        DevStackControl.stopSmtp();
        long orderId;
        try {
            orderId = Orders.created(Orders.place(ann.token())).getLong("order_id");
            Orders.awaitStatus(ann.token(), orderId, "CONFIRMED");
            // both notifications exist and have been tried at least once, in vain
            await().atMost(Mailbox.DELIVERY)
                    .untilAsserted(() -> Service.NOTIFICATION
                            .request(ann.token())
                            .get("/notifications")
                            .then()
                            .statusCode(200)
                            .body("total", equalTo(2))
                            .body("items.status", everyItem(equalTo("PENDING")))
                            .body("items.attempts", everyItem(greaterThanOrEqualTo(1))));
        } finally {
            DevStackControl.startSmtp();
        }

        var subjects = List.of("We received your order " + orderId, "Your order " + orderId + " is confirmed");
        subjects.forEach(subject -> Mailbox.awaitMail(ann.email(), subject));
        await().atMost(Mailbox.DELIVERY)
                .untilAsserted(() -> Service.NOTIFICATION
                        .request(ann.token())
                        .get("/notifications")
                        .then()
                        .body("items.status", everyItem(equalTo("SENT"))));
        for (String subject : subjects) {
            assertEquals(1, Mailbox.count(ann.email(), mail -> mail.subject().equals(subject)), subject);
        }
        Service.NOTIFICATION.request().get("/metrics").then().body(containsString("mail_retried_total"));
    }
}
