package org.onlinemart.commons.health;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when a Kafka broker answers and every consumer group of the service's incoming channels has
 * members with partitions assigned (DESIGN.md §1). One admin client, reused by every probe and closed
 * with the application.
 */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {

    private static final int TIMEOUT_MILLIS = 2000;
    private static final Pattern GROUP_ID = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.group\\.id");

    private String bootstrapServers;
    private Set<String> consumerGroups;
    private volatile Admin admin;

    protected KafkaReadiness() {
    }

    @Inject
    public KafkaReadiness(Config config) {
        this.bootstrapServers = config.getValue("kafka.bootstrap.servers", String.class);
        this.consumerGroups = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            Matcher groupId = GROUP_ID.matcher(name);
            if (groupId.matches()) {
                consumerGroups.add(config.getValue(name, String.class));
            }
        }
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka");
        try {
            int brokers = admin().describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MILLIS))
                    .nodes().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).size();
            response.withData("brokers", brokers);
            boolean assigned = true;
            if (!consumerGroups.isEmpty()) {
                Map<String, ConsumerGroupDescription> groups = admin()
                        .describeConsumerGroups(consumerGroups, new DescribeConsumerGroupsOptions().timeoutMs(TIMEOUT_MILLIS))
                        .all().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
                for (ConsumerGroupDescription group : groups.values()) {
                    boolean hasPartitions = group.members().stream()
                            .anyMatch(member -> !member.assignment().topicPartitions().isEmpty());
                    response.withData("group " + group.groupId(), hasPartitions ? "assigned" : "not assigned yet");
                    assigned &= hasPartitions;
                }
            }
            return response.status(brokers > 0 && assigned).build();
        } catch (ExecutionException | TimeoutException e) {
            return response.down().withData("reason", "no broker answered at " + bootstrapServers).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().build();
        }
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(Map.of(
                            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            AdminClientConfig.CLIENT_ID_CONFIG, "readiness",
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
