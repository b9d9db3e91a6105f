package it.onlinemart.views;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.onlinemart.DevStackControl;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.microshed.testing.kafka.KafkaProducerClient;
import org.onlinemart.commons.events.EventCodec;
import org.onlinemart.commons.events.IntegrationEvent;
import org.onlinemart.commons.events.ProductPriceSet;
import org.onlinemart.commons.events.StockLevelChanged;

/** The order service keeps product_data and inventory_data in its own tables, newest data winning. */
@MicroShedTest
public class OrderViewsIT {

    private static final Duration BOUND = Duration.ofSeconds(30);

    /** A real producer on the stack's broker, injected by MicroShed (which needs the field public). */
    @KafkaProducerClient(keySerializer = StringSerializer.class, valueSerializer = StringSerializer.class)
    public static KafkaProducer<String, String> producer;

    private static long newProductId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    private static void publish(String topic, IntegrationEvent event) throws Exception {
        producer.send(new ProducerRecord<>(topic, event.partitionKey(), EventCodec.toJson(event)))
                .get();
    }

    private static void awaitView(long productId, String name, String price, Integer available) {
        await().atMost(BOUND)
                .untilAsserted(() -> assertEquals(
                        Optional.of(new OrderViews.Row(name, price == null ? null : new BigDecimal(price), available)),
                        OrderViews.of(productId)));
    }

    @Test
    void pricesAndStockLevelsFillTheView() throws Exception {
        long productId = newProductId();

        publish("product_data", ProductPriceSet.of(productId, "Kettle", new BigDecimal("19.90"), Instant.now()));
        publish("inventory_data", StockLevelChanged.of(productId, 12));

        awaitView(productId, "Kettle", "19.90", 12);
    }

    @Test
    void anOlderPriceOrStockLevelArrivingLateChangesNothing() throws Exception {
        long productId = newProductId();
        Instant now = Instant.now();
        var newerPrice = new ProductPriceSet(UUID.randomUUID(), now, productId, "Kettle", new BigDecimal("25.00"), now);
        var olderPrice = new ProductPriceSet(
                UUID.randomUUID(),
                now.plusSeconds(1),
                productId,
                "Kettle",
                new BigDecimal("9.99"),
                now.minusSeconds(3600));
        var newerStock = new StockLevelChanged(UUID.randomUUID(), now, productId, 7);
        var olderStock = new StockLevelChanged(UUID.randomUUID(), now.minusSeconds(5), productId, 100);
        publish("product_data", newerPrice);
        publish("inventory_data", newerStock);
        awaitView(productId, "Kettle", "25.00", 7);

        publish("product_data", olderPrice);
        publish("inventory_data", olderStock);

        await().atMost(BOUND)
                .until(() -> OrderViews.processed(olderPrice.eventId()) && OrderViews.processed(olderStock.eventId()));
        assertEquals(Optional.of(new OrderViews.Row("Kettle", new BigDecimal("25.00"), 7)), OrderViews.of(productId));
    }

    @Test
    void theViewSurvivesARestartOfTheOrderService() throws Exception {
        long productId = newProductId();
        publish("product_data", ProductPriceSet.of(productId, "Teapot", new BigDecimal("31.50"), Instant.now()));
        publish("inventory_data", StockLevelChanged.of(productId, 3));
        awaitView(productId, "Teapot", "31.50", 3);

        DevStackControl.restartService("order");
        publish("inventory_data", StockLevelChanged.of(productId, 2));

        awaitView(productId, "Teapot", "31.50", 2);
    }
}
