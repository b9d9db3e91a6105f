package it.onlinemart.messaging;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

/** Admins list a service's dead letters and replay one or all once the cause is fixed (issue 12). */
@MicroShedTest
public class DeadLetterReplayIT {

    private static final String CONSUMER = "inventory.product-created";
    private static final String TOPIC = "inventory_creation";

    /** A real producer on the stack's broker, injected by MicroShed (which needs the field public). */
    @KafkaProducerClient(keySerializer = StringSerializer.class, valueSerializer = StringSerializer.class)
    public static KafkaProducer<String, String> producer;

    @Test
    void aPoisonMessageIsListedForAdminsAndCannotBeReplayed() throws Exception {
        String poison = "{\"poison\": " + UUID.randomUUID();
        producer.send(new ProducerRecord<>(TOPIC, "poison", poison)).get();

        long id = await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterHolding(poison), found -> found > 0);

        Service.INVENTORY
                .request(Accounts.adminToken())
                .get("/admin/dead-letters/{id}", id)
                .then()
                .statusCode(200)
                .body("consumer", equalTo(CONSUMER))
                .body("topic", equalTo(TOPIC))
                .body("payload", equalTo(poison))
                .body("error", startsWith("org.onlinemart.commons.events.MalformedEventException"));
        Service.INVENTORY
                .request(Accounts.adminToken())
                .post("/admin/dead-letters/{id}/replay", id)
                .then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void onlyAdminsSeeDeadLetters() {
        Service.INVENTORY
                .request(Accounts.newUser().token())
                .get("/admin/dead-letters")
                .then()
                .statusCode(403);
        Service.INVENTORY.request().get("/admin/dead-letters").then().statusCode(401);
    }

    @Test
    void replayingAnEventThatFailedBeforeABugWasFixedAppliesIt() throws Exception {
        long productId = randomProductId();
        long id = storeDeadLetter(ProductCreated.of(productId, "Replayed product", null));

        Service.INVENTORY
                .request(Accounts.adminToken())
                .post("/admin/dead-letters/{id}/replay", id)
                .then()
                .statusCode(200)
                .body("replayed_at", notNullValue());

        awaitProduct(productId, "Replayed product");
        Service.INVENTORY
                .request(Accounts.adminToken())
                .get("/admin/dead-letters/{id}", id)
                .then()
                .statusCode(200)
                .body("replayed_at", notNullValue());
    }

    @Test
    void replayingAllAppliesEveryEventNotReplayedYetAndSaysHowMany() throws Exception {
        long first = randomProductId();
        long second = randomProductId();
        long firstId = storeDeadLetter(ProductCreated.of(first, "Replayed with all, 1", null));
        long secondId = storeDeadLetter(ProductCreated.of(second, "Replayed with all, 2", null));

        Service.INVENTORY
                .request(Accounts.adminToken())
                .post("/admin/dead-letters/replay")
                .then()
                .statusCode(200)
                .body("replayed", greaterThanOrEqualTo(2))
                .body("skipped", greaterThanOrEqualTo(0))
                .body("remaining", equalTo(0));

        awaitProduct(first, "Replayed with all, 1");
        awaitProduct(second, "Replayed with all, 2");
        for (long id : List.of(firstId, secondId)) {
            Service.INVENTORY
                    .request(Accounts.adminToken())
                    .get("/admin/dead-letters/{id}", id)
                    .then()
                    .body("replayed_at", notNullValue());
        }
    }

    private static long randomProductId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    private static void awaitProduct(long productId, String name) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Service.INVENTORY
                        .request()
                        .get("/inventory/{id}", productId)
                        .then()
                        .statusCode(200)
                        .body("product_name", equalTo(name)));
    }

    /** An event that inventory dead-lettered before a bug was fixed, as the table keeps it (no key: older row). */
    private static long storeDeadLetter(ProductCreated event) throws Exception {
        try (Connection db = Service.INVENTORY.database();
                PreparedStatement insert = db.prepareStatement("INSERT INTO dead_letter"
                        + " (consumer, topic, event_id, payload, error) VALUES (?, ?, CAST(? AS uuid), ?, ?)"
                        + " RETURNING id")) {
            insert.setString(1, CONSUMER);
            insert.setString(2, TOPIC);
            insert.setString(3, event.eventId().toString());
            insert.setString(4, EventCodec.toJson(event));
            insert.setString(5, "java.lang.IllegalStateException: a bug, fixed since");
            try (ResultSet inserted = insert.executeQuery()) {
                assertTrue(inserted.next());
                return inserted.getLong(1);
            }
        }
    }

    /** The id of the newest dead letter of the first page whose payload is that one, else 0. */
    private static long deadLetterHolding(String payload) {
        List<Map<String, Object>> items = Service.INVENTORY
                .request(Accounts.adminToken())
                .get("/admin/dead-letters?size=20")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(item -> CONSUMER.equals(item.get("consumer")) && item.get("event_id") == null)
                .mapToLong(item -> ((Number) item.get("id")).longValue())
                .filter(id -> payload.equals(Service.INVENTORY
                        .request(Accounts.adminToken())
                        .get("/admin/dead-letters/{id}", id)
                        .then()
                        .extract()
                        .path("payload")))
                .findFirst()
                .orElse(0);
    }
}
