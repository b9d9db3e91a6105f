package it.onlinemart.messaging;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import it.onlinemart.Catalog;
import it.onlinemart.DevStackControl;
import it.onlinemart.Service;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Kafka being down fails no write and loses no event: the outbox relay publishes once it is back. */
@MicroShedTest
class OutboxRelayIT {

    @Test
    void aProductCreatedWhileKafkaIsDownReachesInventoryAfterKafkaIsBack() {
        long categoryId = Catalog.createCategory();
        String name = Catalog.uniqueName("Written while Kafka was down");
        long productId;
        KafkaQuiet.awaitNoLag(Duration.ofSeconds(60));
        DevStackControl.stopKafka();
        try {
            productId = Catalog.createProduct(categoryId, name);
            Service.INVENTORY.request().get("/inventory/{id}", productId).then().statusCode(404);
        } finally {
            DevStackControl.startKafka();
        }

        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> Service.INVENTORY
                        .request()
                        .get("/inventory/{id}", productId)
                        .then()
                        .statusCode(200)
                        .body("product_name", equalTo(name)));
    }
}
