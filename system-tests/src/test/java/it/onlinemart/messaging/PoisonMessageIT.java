package it.onlinemart.messaging;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.onlinemart.Service;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.microshed.testing.kafka.KafkaProducerClient;
import org.onlinemart.commons.events.EventCodec;
import org.onlinemart.commons.events.ProductCreated;

/** A message that is not an event is dead-lettered, and the events behind it are still consumed. */
@MicroShedTest
public class PoisonMessageIT {

    /** A real producer on the stack's broker, injected by MicroShed (which needs the field public). */
    @KafkaProducerClient(keySerializer = StringSerializer.class, valueSerializer = StringSerializer.class)
    public static KafkaProducer<String, String> producer;

    @Test
    void aPoisonMessageIsDeadLetteredAndConsumptionGoesOn() throws Exception {
        isDeadLetteredAndTheEventBehindItConsumed("{\"this is\": not an event", "After the poison");
    }

    @Test
    void aRecordWithoutAValueIsDeadLetteredAndConsumptionGoesOn() throws Exception {
        isDeadLetteredAndTheEventBehindItConsumed(null, "After the empty record");
    }

    /** Sends the poison, then a good event with the same key: the poison is counted, the event applied. */
    private static void isDeadLetteredAndTheEventBehindItConsumed(String poison, String productName) throws Exception {
        long productId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        String key = Long.toString(productId);
        var event = ProductCreated.of(productId, productName, null);
        double deadLettersBefore = deadLettersOfInventory();

        producer.send(new ProducerRecord<>("inventory_creation", key, poison)).get();
        producer.send(new ProducerRecord<>("inventory_creation", key, EventCodec.toJson(event)))
                .get();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Service.INVENTORY
                        .request()
                        .get("/inventory/{id}", productId)
                        .then()
                        .statusCode(200)
                        .body("product_name", equalTo(productName)));
        assertEquals(deadLettersBefore + 1, deadLettersOfInventory());
    }

    private static double deadLettersOfInventory() {
        return ServiceMetrics.counter(Service.INVENTORY, "inbox_dead_letters", "inventory.product-created");
    }
}
