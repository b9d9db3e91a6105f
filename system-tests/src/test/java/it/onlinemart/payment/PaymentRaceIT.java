package it.onlinemart.payment;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.onlinemart.DevStackControl;
import it.onlinemart.Service;
import it.onlinemart.messaging.KafkaQuiet;
import it.onlinemart.notification.Mailbox;
import it.onlinemart.order.Orders;
import it.onlinemart.order.Shelf;
import it.onlinemart.user.Accounts;
import java.math.BigDecimal;
import java.time.Duration;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.microshed.testing.kafka.KafkaProducerClient;
import org.onlinemart.commons.events.EventCodec;
import org.onlinemart.commons.events.PaymentStatusChanged;

/**
 * A payment and the unpaid-order job never leave an order both charged and cancelled: a payment under way holds
 * the job off, and a payment that succeeds for an order cancelled meanwhile is refunded and the customer told.
 */
@MicroShedTest
public class PaymentRaceIT {

    /** Two runs of the unpaid-order job (every 10 s) and then some. */
    private static final Duration TWO_JOB_RUNS = Duration.ofSeconds(25);

    /** A real producer on the stack's broker, injected by MicroShed (which needs the field public). */
    @KafkaProducerClient(keySerializer = StringSerializer.class, valueSerializer = StringSerializer.class)
    public static KafkaProducer<String, String> producer;

    private static void publish(PaymentStatusChanged event) throws Exception {
        producer.send(new ProducerRecord<>("payment_status", event.partitionKey(), EventCodec.toJson(event)))
                .get();
    }

    @Test
    void anOrderWhosePaymentIsUnderWayIsNotCancelledWhenItsGracePeriodEnds() throws Exception {
        var tea = Shelf.stocked("4.00", 10);
        var pat = Accounts.newUser();
        long orderId = Orders.bought(pat.token(), tea.id(), 1);
        // what the payment service says when it starts charging the card (its gateway answers too fast to race)
        publish(PaymentStatusChanged.of(9_000_000_000L + orderId, orderId, "PENDING", new BigDecimal("4.00"), null));
        KafkaQuiet.awaitNoLag(Duration.ofSeconds(30));

        Orders.confirmedMinutesAgo(orderId, 31);

        await().during(TWO_JOB_RUNS)
                .atMost(TWO_JOB_RUNS.plusSeconds(10))
                .untilAsserted(() -> Orders.read(pat.token(), orderId).body("status", equalTo("CONFIRMED")));
        publish(PaymentStatusChanged.of(9_000_000_000L + orderId, orderId, "FAILED", new BigDecimal("4.00"), null));
        Orders.awaitStatus(pat.token(), orderId, "CANCELLED");
    }

    @Test
    void aPaymentThatSucceedsForAnOrderCancelledMeanwhileIsRefundedAndTheCustomerTold() throws Exception {
        var cup = Shelf.stocked("6.00", 10);
        var pat = Accounts.newUser();
        long orderId = Orders.bought(pat.token(), cup.id(), 1);
        Payments.payWhenKnown(pat.token(), orderId, Payments.DECLINED_CARD).statusCode(402);
        KafkaQuiet.awaitNoLag(Duration.ofSeconds(30));
        long paymentId;
        DevStackControl.stopKafka();
        try {
            // the order service cancels the order, but payment cannot hear of it while Kafka is down
            Orders.confirmedMinutesAgo(orderId, 31);
            Orders.awaitStatus(pat.token(), orderId, "CANCELLED");
            paymentId = Payments.pay(pat.token(), Payments.request(orderId, Payments.GOOD_CARD), null)
                    .statusCode(201)
                    .body("status", equalTo("SUCCEEDED"))
                    .extract()
                    .jsonPath()
                    .getLong("payment_id");
        } finally {
            DevStackControl.startKafka();
        }

        await().atMost(Duration.ofSeconds(120))
                .untilAsserted(() -> Service.PAYMENT
                        .request(pat.token())
                        .get("/payments/{id}", paymentId)
                        .then()
                        .body("status", equalTo("REFUNDED")));
        var refund = Mailbox.awaitMail(pat.email(), "Refund for order " + orderId);
        assertTrue(refund.source().contains("We refunded 6.00 for order " + orderId), refund.source());
        KafkaQuiet.awaitNoLag(Duration.ofSeconds(60));
        Orders.read(pat.token(), orderId).body("status", equalTo("CANCELLED"));
        await().atMost(Payments.SETTLE).untilAsserted(() -> assertEquals(10, Orders.available(cup.id())));
    }
}
