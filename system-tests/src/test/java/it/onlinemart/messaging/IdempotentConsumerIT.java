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

/** An event delivered twice (as Kafka may) has its effect once, and the second delivery is counted. */
@MicroShedTest
public class IdempotentConsumerIT {

    /** A real producer on the stack's broker, injected by MicroShed (which needs the field public). */
    @KafkaProducerClient(keySerializer = StringSerializer.class, valueSerializer = StringSerializer.class)
    public static KafkaProducer<String, String> producer;

    @Test
    void theSameInventoryCreationDeliveredTwiceOpensOneItem() throws Exception {
        long productId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        var event = ProductCreated.of(productId, "Delivered twice", "sent by a system test");
        var record = new ProducerRecord<>("inventory_creation", event.partitionKey(), EventCodec.toJson(event));
        double duplicatesBefore = duplicatesSeenByInventory();

        producer.send(record).get();
        producer.send(record).get();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertEquals(duplicatesBefore + 1, duplicatesSeenByInventory()));
        Service.INVENTORY
                .request()
                .get("/inventory/{id}", productId)
                .then()
                .statusCode(200)
                .body("product_name", equalTo("Delivered twice"))
                .body("available", equalTo(0));
    }

    private static double duplicatesSeenByInventory() {
        return ServiceMetrics.counter(Service.INVENTORY, "inbox_duplicates", "inventory.product-created");
    }
}
