package org.onlinemart.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The floor of the services' request/response over Kafka: a request on one topic, an echo that consumes it and
 * answers on another, and the requester's consumer of the answers, which matches them by key (the correlation id).
 * The bench plays both sides with the services' client settings: producers with acks=all, idempotence and linger 0
 * (KafkaEventPublisher), consumers with String deserializers and no auto commit, committing each batch
 * asynchronously as the services' connector does. Consumers are assigned their partition rather than joining a
 * group, so that no rebalance delays the start; they still commit as a group's members would.
 */
final class KafkaFloor {

    static final String REQUESTS = "bench_floor_request";
    static final String REPLIES = "bench_floor_reply";

    /**
     * Round trips at {@link #IN_FLIGHT} before anything counts: a fresh JVM compiles the clients' path much sooner at
     * that rate than at one in flight, and until it has, the compiler takes the cores the broker needs.
     */
    static final Duration WARM_UP = Duration.ofSeconds(2);

    /** Before each measured phase, so that its window starts with its own number in flight. */
    static final Duration SETTLE = Duration.ofSeconds(1);

    /** The round trips the concurrent phase keeps in flight. */
    static final int IN_FLIGHT = 64;

    /** How long round trips still out at the window's end may take before they count as lost. */
    private static final Duration DRAIN = Duration.ofSeconds(5);

    private static final Duration CLOSE = Duration.ofSeconds(2);

    /** A value about the size of the services' events. */
    private static final String VALUE = "x".repeat(256);

    /** One round trip in flight, then {@link #IN_FLIGHT}. */
    record Result(Throughput sequential, Throughput concurrent) {}

    private final String bootstrap;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicReference<String> firstSendError = new AtomicReference<>();

    private KafkaFloor(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** After a warm-up of 2 s, sequential, then {@link #IN_FLIGHT} in flight, each for the duration. */
    static Result measure(String bootstrap, Duration duration) throws InterruptedException {
        return new KafkaFloor(bootstrap).run(duration);
    }

    private Result run(Duration duration) throws InterruptedException {
        String echoGroup = "bench-floor-echo-" + run;
        String replyGroup = "bench-floor-reply-" + run;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            createTopics(admin);
            KafkaProducer<String, String> requester = producer("bench-floor-request");
            KafkaProducer<String, String> echoProducer = producer("bench-floor-echo");
            KafkaConsumer<String, String> echoConsumer = consumer(echoGroup);
            KafkaConsumer<String, String> replies = consumer(replyGroup);
            try {
                Thread echo = echo(echoConsumer, echoProducer);
                try {
                    assignAtEnd(replies, REPLIES);
                    phase(IN_FLIGHT, requester, replies, Duration.ZERO, WARM_UP);
                    Throughput sequential = phase(1, requester, replies, SETTLE, duration);
                    Throughput concurrent = phase(IN_FLIGHT, requester, replies, SETTLE, duration);
                    return new Result(sequential, concurrent);
                } finally {
                    echoConsumer.wakeup();
                    echo.join(TimeUnit.SECONDS.toMillis(5));
                }
            } finally {
                // a consumer's close waits for its last commits, by default up to 30 s
                echoConsumer.close(CloseOptions.timeout(CLOSE));
                replies.close(CloseOptions.timeout(CLOSE));
                requester.close(CLOSE);
                echoProducer.close(CLOSE);
                cleanUp(admin, echoGroup, replyGroup);
            }
        }
    }

    /** Round trips with n in flight: each reply that comes back sends the next request, until the window ends. */
    private Throughput phase(
            int inFlight,
            KafkaProducer<String, String> requester,
            KafkaConsumer<String, String> replies,
            Duration warmUp,
            Duration duration)
            throws InterruptedException {
        Window window = Window.afterWarmUp(warmUp, duration);
        RoundTrips trips = new RoundTrips(window, "r" + inFlight + "-");
        for (int i = 0; i < inFlight; i++) {
            send(requester, trips.sent(System.nanoTime()));
        }
        boolean started = false;
        boolean ended = false;
        long drainUntil = 0;
        while (trips.outstanding() > 0) {
            long now = System.nanoTime();
            if (!started && window.counts(now)) {
                window.awaitStart();
                started = true;
            }
            if (!ended && !window.open(now)) {
                window.awaitEnd();
                ended = true;
                drainUntil = System.nanoTime() + DRAIN.toNanos();
            }
            if (ended && System.nanoTime() - drainUntil > 0) {
                break;
            }
            ConsumerRecords<String, String> batch = replies.poll(Duration.ofMillis(20));
            for (ConsumerRecord<String, String> reply : batch) {
                if (trips.replied(reply.key(), System.nanoTime())) {
                    send(requester, trips.sent(System.nanoTime()));
                }
            }
            if (!batch.isEmpty()) {
                replies.commitAsync();
            }
        }
        if (!ended) {
            // every round trip was lost before the window ended
            window.awaitEnd();
        }
        // a request the producer could not send is never answered either: it is one of these
        long lost = trips.outstanding();
        return new Throughput(
                inFlight,
                trips.completed(),
                0,
                lost,
                window.seconds(),
                trips.summary(),
                window.generatorCpuSeconds(),
                window.boxBusyCores(),
                lost == 0 ? null : firstSendError.get() == null ? lost + " round trips lost" : firstSendError.get());
    }

    private void send(KafkaProducer<String, String> producer, String key) {
        producer.send(new ProducerRecord<>(REQUESTS, key, VALUE), (metadata, error) -> {
            if (error != null) {
                firstSendError.compareAndSet(null, error.toString());
            }
        });
    }

    /** The echo: answers every request on the reply topic with its key, until woken up. */
    private Thread echo(KafkaConsumer<String, String> consumer, KafkaProducer<String, String> producer)
            throws InterruptedException {
        CountDownLatch assigned = new CountDownLatch(1);
        Thread echo = new Thread(
                () -> {
                    try {
                        assignAtEnd(consumer, REQUESTS);
                        assigned.countDown();
                        while (true) {
                            ConsumerRecords<String, String> batch = consumer.poll(Duration.ofMillis(100));
                            for (ConsumerRecord<String, String> request : batch) {
                                producer.send(new ProducerRecord<>(REPLIES, request.key(), request.value()));
                            }
                            if (!batch.isEmpty()) {
                                consumer.commitAsync();
                            }
                        }
                    } catch (WakeupException e) {
                        // the measurement is over
                    }
                },
                "bench-floor-echo");
        echo.setDaemon(true);
        echo.start();
        if (!assigned.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the echo's consumer found no position on " + REQUESTS + " in 30 s");
        }
        return echo;
    }

    /** Assigns the topic's partition and resolves its end now, so that no message sent after this is skipped. */
    private static void assignAtEnd(KafkaConsumer<String, String> consumer, String topic) {
        TopicPartition partition = new TopicPartition(topic, 0);
        consumer.assign(List.of(partition));
        consumer.seekToEnd(List.of(partition));
        consumer.position(partition, Duration.ofSeconds(30));
    }

    private void createTopics(Admin admin) throws InterruptedException {
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = List.of(REQUESTS, REPLIES).stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, 1, (short) 1))
                    .toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create " + REQUESTS + " and " + REPLIES + " on " + bootstrap + ": "
                    + (e.getCause() == null ? e : e.getCause()));
        }
    }

    /** Deletes the topics and the two groups' offsets; a leftover is harmless, so a failure is only reported. */
    private static void cleanUp(Admin admin, String... groups) {
        try {
            admin.deleteConsumerGroups(List.of(groups)).all().get(10, TimeUnit.SECONDS);
            admin.deleteTopics(List.of(REQUESTS, REPLIES)).all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            System.err.println("bench: floors: could not delete the Kafka floor's topics or groups: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private KafkaProducer<String, String> producer(String clientId) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-" + run);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 6000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private KafkaConsumer<String, String> consumer(String group) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, group);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5000); // as the services' channels (mart-commons)
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    /**
     * The round trips of one phase, on the requester's thread only: which keys are out and since when, and the
     * latencies of those answered in the window. A reply whose key is not out (an earlier run's) is ignored.
     */
    static final class RoundTrips {

        private final Window window;
        private final String prefix;
        private final Map<String, Long> out = new HashMap<>();
        private final Samples samples = new Samples();
        private long sent;

        RoundTrips(Window window, String prefix) {
            this.window = window;
            this.prefix = prefix;
        }

        /** Notes a request sent now and answers its key. */
        String sent(long now) {
            String key = prefix + sent++;
            out.put(key, now);
            return key;
        }

        /** Notes the reply; true when a request should follow it (the window is still open). */
        boolean replied(String key, long now) {
            Long start = out.remove(key);
            if (start == null) {
                return false;
            }
            if (window.counts(now)) {
                samples.add(now - start);
            }
            return window.open(now);
        }

        int outstanding() {
            return out.size();
        }

        long completed() {
            return samples.count();
        }

        Latencies.Summary summary() {
            return Samples.summary(List.of(samples));
        }
    }
}
