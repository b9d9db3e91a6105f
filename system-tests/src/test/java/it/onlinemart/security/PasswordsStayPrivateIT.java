package it.onlinemart.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.onlinemart.Catalog;
import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** A user's password appears in no response, no server log line and no Kafka event. */
@MicroShedTest
class PasswordsStayPrivateIT {

    private static final String PASSWORD = "Secret-" + UUID.randomUUID();
    private static final String NEW_PASSWORD = "Secret-" + UUID.randomUUID();
    private static final List<String> RESPONSES = new ArrayList<>();

    @BeforeAll
    static void aUserSignsUpSignsInAndChangesPassword() {
        String email = Accounts.uniqueEmail("private");
        RESPONSES.add(Service.USER
                .request()
                .body(Map.of("user_name", "Private", "user_email", email, "user_password", PASSWORD))
                .post("/add_user")
                .asString());
        RESPONSES.add(Service.USER
                .request()
                .body(Map.of("user_email", email, "user_password", "wrong-" + PASSWORD))
                .post("/login")
                .asString());
        String token = Accounts.tokenFor(email, PASSWORD);
        RESPONSES.add(Service.USER.request(token).get("/me").asString());
        RESPONSES.add(Service.USER
                .request(token)
                .body(Map.of("user_password", NEW_PASSWORD))
                .put("/update_user")
                .asString());
        RESPONSES.add(Service.USER
                .request(token)
                .body(Map.of("user_password", "short"))
                .put("/update_user")
                .asString());
        Accounts.tokenFor(email, NEW_PASSWORD);
        // at least one event on Kafka, so that reading the topics below reads something
        Catalog.createProduct(Catalog.createCategory(), Catalog.uniqueName("Event source"));
    }

    @Test
    void noResponseContainsIt() {
        assertEquals(5, RESPONSES.size());
        RESPONSES.forEach(body -> {
            org.hamcrest.MatcherAssert.assertThat(body, not(containsString(PASSWORD)));
            org.hamcrest.MatcherAssert.assertThat(body, not(containsString(NEW_PASSWORD)));
        });
    }

    @Test
    void noServerLogContainsIt() throws IOException {
        List<Path> logs = serverLogs();
        assertTrue(logs.size() >= 6, "expected the logs of the six servers, found " + logs);
        for (Path log : logs) {
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            assertTrue(!text.contains(PASSWORD) && !text.contains(NEW_PASSWORD), "password in " + log);
        }
    }

    @Test
    void noKafkaEventContainsIt() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "password-check-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(java.util.regex.Pattern.compile("[a-z_]+"));
            int emptyPolls = 0;
            int seen = 0;
            while (emptyPolls < 3) {
                var records = consumer.poll(Duration.ofSeconds(2));
                emptyPolls = records.isEmpty() ? emptyPolls + 1 : 0;
                for (ConsumerRecord<String, String> record : records) {
                    seen++;
                    assertTrue(
                            !record.value().contains(PASSWORD)
                                    && !record.value().contains(NEW_PASSWORD),
                            "password in an event on " + record.topic());
                }
            }
            assertTrue(seen > 0, "expected to read at least the inventory_creation this test caused");
        }
    }

    /** Every file the servers and the devstack log to, found from the repository root. */
    private static List<Path> serverLogs() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        List<Path> logs = new ArrayList<>();
        for (Path folder : List.of(root.resolve(".devstack/logs"), root.resolve("target/liberty/wlp/usr/servers"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(Files::isRegularFile)
                        .filter(file -> file.toString().endsWith(".log"))
                        .forEach(logs::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return logs;
    }
}
