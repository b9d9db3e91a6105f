package it.onlinemart.messaging;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what is published on a topic after it was opened: a real consumer of the stack's broker, with a group
 * of its own, positioned at the end of every partition before the test acts. Use it from one thread.
 */
public final class TopicTail implements AutoCloseable {

    /** One record as read: its key and its JSON, numbers as BigDecimal so money compares exactly. */
    public record Event(String key, JsonPath json) {}

    private static final JsonPathConfig EXACT_MONEY = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private final KafkaConsumer<String, String> consumer;

    public TopicTail(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "system-test-tail-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(partition -> new TopicPartition(topic, partition.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes the end now, not at the first poll
    }

    /** The records that arrived since the last call, in partition order. */
    public List<ConsumerRecord<String, String>> poll() {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        return records;
    }

    /** {@link #poll()}, each record's value read as JSON. */
    public List<Event> pollJson() {
        return poll().stream()
                .map(record -> new Event(record.key(), new JsonPath(record.value()).using(EXACT_MONEY)))
                .toList();
    }

    @Override
    public void close() {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(2)));
    }
}
