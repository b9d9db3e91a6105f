package org.onlinemart.systemtests.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onlinemart.systemtests.compose.ComposeProject.environment;
import static org.onlinemart.systemtests.compose.ComposeProject.jdbcUri;
import static org.onlinemart.systemtests.compose.ComposeProject.resolve;
import static org.onlinemart.systemtests.compose.ComposeProject.words;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the services rely on being there: the DESIGN.md §4 Kafka topics, and a role and database each in
 * PostgreSQL.
 */
class ComposeInfrastructureTest {

    /**
     * DESIGN.md §4's Kafka topics and issue 13's token_revocation (3 partitions, replication factor 1 in the
     * single-broker stack).
     */
    private static final List<String> DESIGN_TOPICS = List.of(
            "inventory_creation",
            "product_data",
            "inventory_data",
            "get_product_details",
            "products_details_response",
            "inventory_details_response",
            "inventory_deduction",
            "inventory_deduction_result",
            "inventory_release",
            "order_notification",
            "order_status",
            "payment_status",
            "payment_notification",
            "token_revocation");

    private static final Pattern TOPIC_OPTION = Pattern.compile("--topic\\s+(\\S+)");

    private static ComposeProject project;

    @BeforeAll
    static void load() throws Exception {
        project = ComposeProject.load();
    }

    @Test
    void kafkaInitCreatesEveryDesignTopic() {
        List<String> lines = kafkaInitLines();
        for (String topic : DESIGN_TOPICS) {
            List<String> creating = lines.stream()
                    .filter(line -> line.matches(".*--topic\\s+" + Pattern.quote(topic) + "(\\s.*)?"))
                    .toList();
            assertEquals(1, creating.size(), "kafka-init lines for topic " + topic + ": " + creating);
            String line = creating.get(0);
            assertTrue(line.contains("/opt/kafka/bin/kafka-topics.sh"), topic + ": " + line);
            assertTrue(
                    line.matches(".*--create(\\s.*)?") && line.matches(".*--if-not-exists(\\s.*)?"),
                    topic + ": " + line);
            assertTrue(line.matches(".*--partitions\\s+3(\\s.*)?"), topic + ": 3 partitions");
            assertTrue(line.matches(".*--replication-factor\\s+1(\\s.*)?"), topic + ": replication factor 1");
            assertTrue(line.matches(".*--bootstrap-server\\s+kafka:9092(\\s.*)?"), topic + ": bootstrap server");
        }
    }

    @Test
    void kafkaInitCreatesNoTopicOutsideTheDesign() {
        Set<String> created = new TreeSet<>();
        for (String line : kafkaInitLines()) {
            Matcher topic = TOPIC_OPTION.matcher(line);
            while (topic.find()) {
                created.add(topic.group(1));
            }
        }
        created.removeAll(DESIGN_TOPICS);
        assertTrue(created.isEmpty(), "kafka-init creates topics not in DESIGN.md §4: " + created);
    }

    @Test
    void kafkaCreatesNoTopicsByItself() {
        assertEquals(
                "false", resolve(environment(project.services().get("kafka")).get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")));
    }

    @Test
    void postgresInitScriptCreatesTheRoleAndEveryServiceDatabase() throws IOException {
        String script = Files.readString(postgresInitScript());
        Set<String> users = project.modules().stream()
                .map(m -> resolve(environment(project.service(m)).get("DB_USER")))
                .collect(Collectors.toSet());
        for (String user : users) {
            assertTrue(
                    Pattern.compile("(?i)CREATE\\s+(ROLE|USER)\\s+\"?" + Pattern.quote(user) + "\\b")
                            .matcher(script)
                            .find(),
                    "the init script does not create role " + user);
        }
        for (WarModule module : project.modules()) {
            String database = jdbcUri(module.dbUrl()).getPath().substring(1);
            assertTrue(
                    Pattern.compile("(?i)CREATE\\s+DATABASE\\s+\"?" + Pattern.quote(database) + "\\b")
                            .matcher(script)
                            .find(),
                    "the init script does not create database " + database);
        }
    }

    /** kafka-init's shell script, one command a line, continuation lines joined. */
    private static List<String> kafkaInitLines() {
        Map<String, Object> init = project.services().get("kafka-init");
        assertNotNull(init, "no kafka-init service");
        String script = words(init.get("entrypoint")) + "\n" + words(init.get("command"));
        return script.replace("\\\n", " ").lines().map(String::trim).toList();
    }

    /** The file postgres runs on first start, found through its /docker-entrypoint-initdb.d mount. */
    private static Path postgresInitScript() {
        Object volumes = project.services().get("postgres").get("volumes");
        assertTrue(volumes instanceof List<?>, "postgres has no volumes");
        for (Object volume : (List<?>) volumes) {
            String source;
            String target;
            if (volume instanceof Map<?, ?> longSyntax) {
                source = String.valueOf(longSyntax.get("source"));
                target = String.valueOf(longSyntax.get("target"));
            } else {
                String[] parts = String.valueOf(volume).split(":");
                source = parts[0];
                target = parts.length > 1 ? parts[1] : "";
            }
            if (target.startsWith("/docker-entrypoint-initdb.d")) {
                Path script = project.root().resolve(source).normalize();
                assertTrue(Files.isRegularFile(script), "postgres init script " + source + " does not exist");
                return script;
            }
        }
        throw new AssertionError("postgres mounts no init script into /docker-entrypoint-initdb.d");
    }
}
