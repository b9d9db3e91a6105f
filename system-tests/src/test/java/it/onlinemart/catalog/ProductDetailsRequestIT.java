package it.onlinemart.catalog;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.onlinemart.Catalog;
import it.onlinemart.messaging.TopicTail;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.microshed.testing.kafka.KafkaProducerClient;
import org.onlinemart.commons.events.EventCodec;
import org.onlinemart.commons.events.ProductDetailsRequested;

/** The order service's question on get_product_details, answered by product on products_details_response. */
@MicroShedTest
public class ProductDetailsRequestIT {

    /** A real producer on the stack's broker, injected by MicroShed (which needs the field public). */
    @KafkaProducerClient(keySerializer = StringSerializer.class, valueSerializer = StringSerializer.class)
    public static KafkaProducer<String, String> producer;

    private static void request(String key, UUID correlationId, List<Long> productIds) throws Exception {
        var event = ProductDetailsRequested.of(correlationId, productIds);
        producer.send(new ProducerRecord<>("get_product_details", key, EventCodec.toJson(event)))
                .get();
    }

    /** Every answer this test read: the tail hands each over once, the checks need them all again. */
    private final List<TopicTail.Event> read = new ArrayList<>();

    private List<TopicTail.Event> answersTo(TopicTail responses, UUID correlationId) {
        read.addAll(responses.pollJson());
        return read.stream()
                .filter(event -> correlationId.toString().equals(event.json().getString("correlation_id")))
                .toList();
    }

    @Test
    void aRequestGetsOneAnswerWithCurrentPricesAndTheUnknownAndUnpricedAsMissing() throws Exception {
        long categoryId = Catalog.createCategory();
        String name = Catalog.uniqueName("Priced mug");
        long priced = Catalog.createProduct(categoryId, name);
        long unpriced = Catalog.createProduct(categoryId, Catalog.uniqueName("Unpriced mug"));
        long unknown = Long.MAX_VALUE - 7;
        Prices.set(priced, "8.90");
        UUID correlationId = UUID.randomUUID();
        try (var responses = new TopicTail("products_details_response")) {
            request(correlationId.toString(), correlationId, List.of(priced, unknown, unpriced));

            var answers = await().atMost(Duration.ofSeconds(30))
                    .pollInSameThread()
                    .until(() -> answersTo(responses, correlationId), hasSize(1));
            // one answer only: a second would arrive within a few polls
            await().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(10))
                    .pollInSameThread()
                    .until(() -> answersTo(responses, correlationId), hasSize(1));

            var answer = answers.get(0);
            assertEquals(correlationId.toString(), answer.key());
            List<Map<String, Object>> products = answer.json().getList("products");
            assertEquals(1, products.size());
            assertEquals(priced, ((Number) products.get(0).get("product_id")).longValue());
            assertEquals(name, products.get(0).get("product_name"));
            assertThat((BigDecimal) products.get(0).get("price"), comparesEqualTo(new BigDecimal("8.90")));
            assertThat(answer.json().getList("missing", Long.class), containsInAnyOrder(unknown, unpriced));
        }
    }

    @Test
    void aRequestForMoreThanAHundredProductsIsNotAnswered() throws Exception {
        UUID tooMany = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        String key = UUID.randomUUID().toString(); // one partition: product reads both in this order
        try (var responses = new TopicTail("products_details_response")) {
            request(key, tooMany, LongStream.rangeClosed(1, 101).boxed().toList());
            request(key, next, List.of(1L));

            await().atMost(Duration.ofSeconds(30))
                    .pollInSameThread()
                    .until(() -> answersTo(responses, next), hasSize(1));
            assertEquals(List.of(), answersTo(responses, tooMany));
        }
    }
}
