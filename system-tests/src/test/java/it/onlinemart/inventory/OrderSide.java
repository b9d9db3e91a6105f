package it.onlinemart.inventory;

import static org.awaitility.Awaitility.await;

import it.onlinemart.messaging.TopicTail;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.utils.Utils;
import org.onlinemart.commons.events.EventCodec;
import org.onlinemart.commons.events.IntegrationEvent;
import org.onlinemart.commons.events.StockDeductionDecided;

/**
 * The order service's side of the saga, played by a test: deductions and releases sent straight to Kafka,
 * inventory's answers read back. Inventory keeps one reservation per order forever, so order ids are random.
 */
final class OrderSide {

    private final KafkaProducer<String, String> producer;
    private final int resultPartitions;

    OrderSide(KafkaProducer<String, String> producer) {
        this.producer = producer;
        this.resultPartitions =
                producer.partitionsFor("inventory_deduction_result").size();
    }

    static long newOrderId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000_000L, Long.MAX_VALUE);
    }

    /**
     * A new order id whose answers share a partition with those of {@code orderId}: once its answer is read,
     * every answer inventory published for {@code orderId} before has been read too.
     */
    long newOrderAnsweredAlongside(long orderId) {
        long marker;
        do {
            marker = newOrderId();
        } while (resultPartition(marker) != resultPartition(orderId));
        return marker;
    }

    /** Kafka's default partitioner, as inventory's outbox uses it with the order id as key. */
    private int resultPartition(long orderId) {
        return Utils.toPositive(Utils.murmur2(Long.toString(orderId).getBytes(StandardCharsets.UTF_8)))
                % resultPartitions;
    }

    /** Sends the event with its own key, and waits until Kafka has it. */
    void send(IntegrationEvent event) throws Exception {
        sendAfter(event.partitionKey(), event);
    }

    /**
     * Sends the event keyed like the order {@code anchor}'s events, so inventory handles it after everything
     * sent before for that order on the same topic.
     */
    void sendAfter(long anchor, IntegrationEvent event) throws Exception {
        sendAfter(Long.toString(anchor), event);
    }

    private void sendAfter(String key, IntegrationEvent event) throws Exception {
        producer.send(new ProducerRecord<>(EventCodec.topicOf(event.getClass()), key, EventCodec.toJson(event)))
                .get();
    }

    /** Reads inventory_deduction_result until every awaited order has an answer; returns all answers read. */
    static List<StockDeductionDecided> answersUntil(TopicTail results, Collection<Long> awaited) {
        List<StockDeductionDecided> answers = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
            results.poll()
                    .forEach(record -> answers.add(EventCodec.fromJson(record.value(), StockDeductionDecided.class)));
            return answers.stream().map(StockDeductionDecided::orderId).toList().containsAll(awaited);
        });
        return answers;
    }

    static List<StockDeductionDecided> answersTo(List<StockDeductionDecided> answers, long orderId) {
        return answers.stream().filter(answer -> answer.orderId() == orderId).toList();
    }
}
