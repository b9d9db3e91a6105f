package it.onlinemart.inventory;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.onlinemart.Service;
import it.onlinemart.messaging.TopicTail;
import it.onlinemart.user.Accounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.microshed.testing.kafka.KafkaProducerClient;
import org.onlinemart.commons.events.EventCodec;
import org.onlinemart.commons.events.ProductDetailsRequested;
import org.onlinemart.commons.events.StockDetailsAnswered;

/** Inventory answers the order service's get_product_details on inventory_details_response. */
@MicroShedTest
public class ProductDetailsAnswerIT {

    /** A real producer on the stack's broker, injected by MicroShed (which needs the field public). */
    @KafkaProducerClient(keySerializer = StringSerializer.class, valueSerializer = StringSerializer.class)
    public static KafkaProducer<String, String> producer;

    private static long unknownProductId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000_000L, Long.MAX_VALUE);
    }

    /** Sends the request keyed by {@code key} (its correlation id, unless a test needs one partition for two). */
    private static void send(String key, ProductDetailsRequested request) throws Exception {
        producer.send(new ProducerRecord<>("get_product_details", key, EventCodec.toJson(request)))
                .get();
    }

    private static void send(ProductDetailsRequested request) throws Exception {
        send(request.correlationId().toString(), request);
    }

    /** Reads answers until one for {@code awaited} arrives; returns every answer read (all correlation ids). */
    private static List<StockDetailsAnswered> answersUntil(TopicTail responses, UUID awaited) {
        List<StockDetailsAnswered> answers = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
            responses
                    .poll()
                    .forEach(record -> answers.add(EventCodec.fromJson(record.value(), StockDetailsAnswered.class)));
            return answers.stream().anyMatch(answer -> answer.correlationId().equals(awaited));
        });
        // answers published just before, to other partitions, may still be on their way
        responses
                .poll()
                .forEach(record -> answers.add(EventCodec.fromJson(record.value(), StockDetailsAnswered.class)));
        return answers;
    }

    private static List<StockDetailsAnswered> answersTo(List<StockDetailsAnswered> answers, UUID correlationId) {
        return answers.stream()
                .filter(answer -> answer.correlationId().equals(correlationId))
                .toList();
    }

    @Test
    void aRequestIsAnsweredWithTheAvailabilityOfKnownProductsAndTheIdsInventoryDoesNotKnow() throws Exception {
        long productId = Stock.productInInventory();
        Service.INVENTORY
                .request(Accounts.adminToken())
                .body(Stock.stockInBody(productId, Stock.warehouse(), Stock.supplier(), 4))
                .post("/stockin")
                .then()
                .statusCode(201);
        long unknown = unknownProductId();
        var request = ProductDetailsRequested.of(UUID.randomUUID(), List.of(productId, unknown));

        try (TopicTail responses = new TopicTail("inventory_details_response")) {
            send(request);

            List<StockDetailsAnswered> answers =
                    answersTo(answersUntil(responses, request.correlationId()), request.correlationId());
            assertEquals(1, answers.size(), "answers " + answers);
            assertEquals(
                    List.of(new StockDetailsAnswered.StockLevel(productId, 4)),
                    answers.get(0).items());
            assertEquals(List.of(unknown), answers.get(0).missing());
        }
    }

    /**
     * A question changes nothing, so inventory keeps no record of it (no inbox, no outbox: DESIGN.md §6 holds for
     * state changes) and answers each delivery alike; the order service ignores the answers it no longer waits for.
     */
    @Test
    void aRequestDeliveredTwiceIsAnsweredAlikeEachTime() throws Exception {
        var twice = ProductDetailsRequested.of(UUID.randomUUID(), List.of(unknownProductId()));
        var after = ProductDetailsRequested.of(UUID.randomUUID(), List.of(unknownProductId()));

        try (TopicTail responses = new TopicTail("inventory_details_response")) {
            send(twice);
            send(twice);
            // on the same partition, so inventory handles it after both deliveries
            send(twice.correlationId().toString(), after);

            List<StockDetailsAnswered> answers =
                    answersTo(answersUntil(responses, after.correlationId()), twice.correlationId());
            assertEquals(2, answers.size(), "answers " + answers);
            assertEquals(answers.get(0).items(), answers.get(1).items());
            assertEquals(answers.get(0).missing(), answers.get(1).missing());
        }
    }

    @Test
    void aRequestForMoreThanAHundredProductsIsNotAnswered() throws Exception {
        var tooMany = ProductDetailsRequested.of(
                UUID.randomUUID(),
                LongStream.rangeClosed(1, 101)
                        .map(i -> unknownProductId())
                        .boxed()
                        .toList());
        var after = ProductDetailsRequested.of(UUID.randomUUID(), List.of(unknownProductId()));

        try (TopicTail responses = new TopicTail("inventory_details_response")) {
            send(tooMany);
            // on the same partition, so inventory handles it after the one it must ignore
            send(tooMany.correlationId().toString(), after);

            List<StockDetailsAnswered> answers = answersUntil(responses, after.correlationId());
            assertTrue(answersTo(answers, tooMany.correlationId()).isEmpty(), "answers " + answers);
        }
    }
}
