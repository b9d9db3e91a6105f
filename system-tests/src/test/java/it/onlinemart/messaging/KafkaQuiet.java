package it.onlinemart.messaging;

import static org.awaitility.Awaitility.await;

import it.onlinemart.Service;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until the services' consumer groups (named after the services) have committed everything there is
 * to read. A test that stops Kafka
 * waits for this first: Liberty's Kafka connector ends a channel's stream when the broker goes away in
 * the middle of an offset commit, and the test is about the outbox, not about that connector.
 */
public final class KafkaQuiet {

    private static final Set<String> SERVICE_GROUPS =
            Arrays.stream(Service.values()).map(Service::serverName).collect(Collectors.toSet());

    private KafkaQuiet() {}

    public static void awaitNoLag(Duration bound) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092"))) {
            await().atMost(bound).pollInterval(Duration.ofMillis(500)).until(() -> totalLag(admin) == 0);
        }
    }

    private static long totalLag(Admin admin) throws ExecutionException, InterruptedException {
        long lag = 0;
        for (GroupListing group :
                admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get()) {
            if (!SERVICE_GROUPS.contains(group.groupId())) {
                continue;
            }
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata()
                    .get();
            var latest = admin.listOffsets(committed.keySet().stream()
                            .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                    .all()
                    .get();
            for (var entry : committed.entrySet()) {
                if (entry.getValue() != null) {
                    lag += latest.get(entry.getKey()).offset()
                            - entry.getValue().offset();
                }
            }
        }
        return lag;
    }
}
