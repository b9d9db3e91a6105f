package it.onlinemart.messaging;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import it.onlinemart.DevStackControl;
import it.onlinemart.Service;
import it.onlinemart.Traces;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.microshed.testing.kafka.KafkaProducerClient;
import org.onlinemart.commons.events.EventCodec;
import org.onlinemart.commons.events.ProductCreated;

/**
 * PostgreSQL stopped under a consumer: the event that arrives meanwhile is neither acknowledged nor dead-lettered;
 * the consumer waits and applies it once the database is back (a lost inventory_creation would make the product
 * impossible to stock).
 */
@MicroShedTest
public class DatabaseOutageIT {

    private static final String CONSUMER = "inventory.product-created";

    /** A real producer on the stack's broker, injected by MicroShed (which needs the field public). */
    @KafkaProducerClient(keySerializer = StringSerializer.class, valueSerializer = StringSerializer.class)
    public static KafkaProducer<String, String> producer;

    @Test
    void anEventThatArrivesWhileTheDatabaseIsDownIsAppliedOnceItIsBack() throws Exception {
        long productId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        var event = ProductCreated.of(productId, "Made during an outage", null);
        double deadLettersBefore = ServiceMetrics.counter(Service.INVENTORY, "inbox_dead_letters", CONSUMER);

        DevStackControl.stopPostgres();
        try {
            producer.send(new ProducerRecord<>(
                            "inventory_creation", Long.toString(productId), EventCodec.toJson(event)))
                    .get();
            // the consumer has the event and cannot apply it: it says so and waits, acknowledging nothing
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> !Traces.serviceLogLinesContaining(
                                    Service.INVENTORY, "could not apply event " + event.eventId())
                            .isEmpty());
        } finally {
            DevStackControl.startPostgres();
        }

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> Service.INVENTORY
                        .request()
                        .get("/inventory/{id}", productId)
                        .then()
                        .statusCode(200)
                        .body("product_name", equalTo("Made during an outage")));
        assertEquals(deadLettersBefore, ServiceMetrics.counter(Service.INVENTORY, "inbox_dead_letters", CONSUMER));
        assertFalse(deadLettered(event.eventId()), "the event is not in inventory's dead_letter table");
    }

    private static boolean deadLettered(UUID eventId) throws SQLException {
        try (var connection = Service.INVENTORY.database();
                var query = connection.prepareStatement("SELECT 1 FROM dead_letter WHERE event_id = ?")) {
            query.setObject(1, eventId);
            return query.executeQuery().next();
        }
    }
}
