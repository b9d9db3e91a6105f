package org.onlinemart.commons.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onlinemart.commons.events.EventCodec;
import org.onlinemart.commons.events.IntegrationEvent;

/**
 * The one Kafka producer of a service: for the outbox relay's rows, and for requests sent straight away.
 * Idempotent, acknowledged by all replicas, no batching delay.
 */
@ApplicationScoped
public class KafkaEventPublisher {

    /** How many messages, from the first, Kafka acknowledged; and why the next one failed, if one did. */
    public record Outcome(int published, String error) {}

    private String bootstrapServers;
    private volatile Producer<String, String> producer;

    protected KafkaEventPublisher() {}

    @Inject
    public KafkaEventPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Sends one event now, bypassing the outbox, and waits for Kafka's acknowledgement. Only for requests
     * whose answer the caller waits for: there a send that fails must fail the request at once, not be
     * retried minutes later when nobody is waiting any more.
     *
     * @throws EventNotPublishedException when Kafka did not take it
     */
    public void publishNow(String topic, IntegrationEvent event) {
        publishNow(topic, event.partitionKey(), EventCodec.toJson(event));
    }

    /**
     * Sends a message as it is, under that key, and waits for Kafka's acknowledgement: for a payload kept as it
     * was received (a dead letter replayed).
     *
     * @throws EventNotPublishedException when Kafka did not take it
     */
    public void publishNow(String topic, String key, String payload) {
        try {
            producer().send(new ProducerRecord<>(topic, key, payload)).get();
        } catch (ExecutionException e) {
            throw new EventNotPublishedException(topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventNotPublishedException(topic, e);
        } catch (RuntimeException e) {
            throw new EventNotPublishedException(topic, e);
        }
    }

    /** Sends the messages in their order and waits for Kafka's acknowledgements; stops at the first failure. */
    public Outcome publishInOrder(List<ProducerRecord<String, String>> messages) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(messages.size());
        try {
            for (ProducerRecord<String, String> message : messages) {
                acks.add(producer().send(message));
            }
        } catch (RuntimeException e) {
            return awaitAcks(acks, e.toString());
        }
        return awaitAcks(acks, null);
    }

    private Outcome awaitAcks(List<Future<RecordMetadata>> acks, String sendError) {
        int published = 0;
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get();
                published++;
            } catch (ExecutionException e) {
                return new Outcome(published, e.getCause().toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(published, "interrupted");
            }
        }
        return new Outcome(published, sendError);
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(
                            Map.of(
                                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                    bootstrapServers,
                                    ProducerConfig.CLIENT_ID_CONFIG,
                                    "outbox-relay",
                                    ProducerConfig.ACKS_CONFIG,
                                    "all",
                                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                                    true,
                                    // latency matters more than batching here (see STACK-NOTES: linger 5 ms per hop)
                                    ProducerConfig.LINGER_MS_CONFIG,
                                    0,
                                    // fail fast while Kafka is down; the relay backs off and retries the rows
                                    ProducerConfig.MAX_BLOCK_MS_CONFIG,
                                    3000,
                                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                                    3000,
                                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                                    6000),
                            new StringSerializer(),
                            new StringSerializer());
                }
            }
        }
        return producer;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
