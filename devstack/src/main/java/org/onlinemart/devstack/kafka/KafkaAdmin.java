package org.onlinemart.devstack.kafka;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.onlinemart.devstack.Log;

/** The broker checks devstack needs: is the cluster answering, and are all the project's topics there. */
public final class KafkaAdmin {

    private final String bootstrapServers;

    public KafkaAdmin(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** True when describeCluster answers with at least one broker. */
    boolean answers() throws Exception {
        try (Admin admin = admin(3_000)) {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        }
    }

    /**
     * Creates the missing topics. Locally with replication factor 1; on an external cluster the broker's
     * default replication factor, which suits that cluster better than ours.
     */
    public void ensureTopics(boolean localBroker) throws Exception {
        try (Admin admin = admin(15_000)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = Topics.NAMES.stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(
                            name,
                            Optional.of(Topics.PARTITIONS),
                            localBroker ? Optional.of(Topics.REPLICATION_FACTOR) : Optional.empty()))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
                Log.info("kafka: created %d topics (%d partitions each)", missing.size(), Topics.PARTITIONS);
            }
        }
    }

    Set<String> topicNames() throws Exception {
        try (Admin admin = admin(5_000)) {
            return admin.listTopics().names().get(10, TimeUnit.SECONDS);
        }
    }

    private Admin admin(int timeoutMillis) {
        Properties config = new Properties();
        config.putAll(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMillis,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMillis,
                // when the broker is down the client must not keep reconnecting in the background for long
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000,
                AdminClientConfig.CLIENT_ID_CONFIG, "devstack"));
        return Admin.create(config);
    }
}
