package it.onlinemart.order;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;

import it.onlinemart.Service;
import it.onlinemart.messaging.ServiceMetrics;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.microshed.testing.kafka.KafkaProducerClient;
import org.onlinemart.commons.events.EventCodec;
import org.onlinemart.commons.events.ProductDetailsAnswered;
import org.onlinemart.commons.events.StockDetailsAnswered;

/**
 * Replies to get_product_details that no request of the order service waits for are ignored and counted
 * (order_replies_ignored_total{reason="unknown"}); late ones are covered by InventoryOutageIT.
 */
@MicroShedTest
public class CatalogRepliesIT {

    /** A real producer on the stack's broker, injected by MicroShed (which needs the field public). */
    @KafkaProducerClient(keySerializer = StringSerializer.class, valueSerializer = StringSerializer.class)
    public static KafkaProducer<String, String> producer;

    @Test
    void repliesToNoRequestAreIgnoredAndCounted() throws Exception {
        double before = unknownReplies();
        UUID nobodyAsked = UUID.randomUUID();

        send(
                "products_details_response",
                EventCodec.toJson(ProductDetailsAnswered.of(nobodyAsked, List.of(), List.of(1L))),
                nobodyAsked);
        send(
                "inventory_details_response",
                EventCodec.toJson(StockDetailsAnswered.of(nobodyAsked, List.of(), List.of(1L))),
                nobodyAsked);

        await().atMost(Duration.ofSeconds(20)).until(CatalogRepliesIT::unknownReplies, greaterThan(before + 1));
    }

    private static void send(String topic, String json, UUID correlationId) throws Exception {
        producer.send(new ProducerRecord<>(topic, correlationId.toString(), json))
                .get();
    }

    static double unknownReplies() {
        return ServiceMetrics.value(Service.ORDER, "order_replies_ignored_total", "reason", "unknown");
    }
}
