package org.onlinemart.commons.health;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeConsumerGroupsOptions;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;

/**
 * Whether Kafka answers and every topic the service's incoming channels read has all its partitions
 * assigned to a consumer of the channel's group. Liberty's Kafka connector ends a channel's stream for
 * good on some broker failures (its consumer then leaves the group), so a topic that stays unassigned
 * is how a dead channel shows. One admin client, reused by every probe and closed with the application.
 */
@ApplicationScoped
public class ConsumerAssignments {

    private static final int TIMEOUT_MILLIS = 2000;
    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");

    /** The brokers that answered, and each consumed topic with whether it is fully assigned. */
    public record Snapshot(int brokers, Map<String, Boolean> topicsAssigned) {
        public boolean healthy() {
            return brokers > 0 && !topicsAssigned.containsValue(false);
        }
    }

    private String bootstrapServers;
    /** topic → the consumer group that reads it */
    private Map<String, String> consumedTopics;

    private final Map<String, Instant> unassignedSince = new ConcurrentHashMap<>();
    private final Set<String> everAssigned = ConcurrentHashMap.newKeySet();
    private volatile Admin admin;

    protected ConsumerAssignments() {}

    @Inject
    public ConsumerAssignments(Config config) {
        this.bootstrapServers = config.getValue("kafka.bootstrap.servers", String.class);
        this.consumedTopics = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            Matcher topic = INCOMING_TOPIC.matcher(name);
            if (topic.matches()) {
                consumedTopics.put(
                        config.getValue(name, String.class),
                        config.getValue("mp.messaging.incoming." + topic.group(1) + ".group.id", String.class));
            }
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** @throws ExecutionException or TimeoutException when no broker answered in time */
    public Snapshot check() throws ExecutionException, TimeoutException, InterruptedException {
        int brokers = admin().describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MILLIS))
                .nodes()
                .get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
                .size();
        Map<String, Boolean> assigned = new TreeMap<>();
        if (!consumedTopics.isEmpty()) {
            Set<TopicPartition> held = new HashSet<>();
            for (ConsumerGroupDescription group : admin().describeConsumerGroups(
                            Set.copyOf(consumedTopics.values()),
                            new DescribeConsumerGroupsOptions().timeoutMs(TIMEOUT_MILLIS))
                    .all()
                    .get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
                    .values()) {
                group.members()
                        .forEach(member -> held.addAll(member.assignment().topicPartitions()));
            }
            admin().describeTopics(consumedTopics.keySet(), new DescribeTopicsOptions().timeoutMs(TIMEOUT_MILLIS))
                    .allTopicNames()
                    .get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
                    .forEach((topic, description) -> assigned.put(
                            topic,
                            description.partitions().stream()
                                    .allMatch(partition ->
                                            held.contains(new TopicPartition(topic, partition.partition())))));
        }
        remember(assigned);
        return new Snapshot(brokers, assigned);
    }

    /** Topics that were assigned once and have been unassigned for longer than the grace period. */
    public Set<String> lostFor(Duration grace) {
        Instant limit = Instant.now().minus(grace);
        Set<String> lost = new HashSet<>();
        unassignedSince.forEach((topic, since) -> {
            if (everAssigned.contains(topic) && since.isBefore(limit)) {
                lost.add(topic);
            }
        });
        return lost;
    }

    private void remember(Map<String, Boolean> assigned) {
        assigned.forEach((topic, isAssigned) -> {
            if (isAssigned) {
                everAssigned.add(topic);
                unassignedSince.remove(topic);
            } else {
                unassignedSince.putIfAbsent(topic, Instant.now());
            }
        });
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(Map.of(
                            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            AdminClientConfig.CLIENT_ID_CONFIG, "health",
                            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS,
                            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS));
                }
            }
        }
        return admin;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
