package it.onlinemart.catalog;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic of the stack's broker from its start, in a consumer group of its own. */
final class TopicReader implements AutoCloseable {

    /** One event as read: its key and its JSON. */
    record Event(String key, JsonPath json) {
    }

    private final KafkaConsumer<String, String> consumer;
    private final List<Event> events = new ArrayList<>();

    TopicReader(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092",
                ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + topic + "-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Polls once more, then answers every event read so far that matches. */
    List<Event> matching(Predicate<Event> match) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
            events.add(new Event(record.key(), Prices.json(record.value())));
        }
        return events.stream().filter(match).toList();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
