package it.onlinemart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Everything the stack wrote down that a secret (a password, a card number) might have leaked into: every server
 * and devstack log file, every event on every Kafka topic, every row of every service's database.
 */
public final class Traces {

    private Traces() {}

    /** The log files (of the six servers and the devstack's parts) that contain the text. */
    public static List<Path> logsContaining(String text) throws IOException {
        return logsMatching(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(text)));
    }

    /** Every distinct text the pattern finds in the log files. */
    public static java.util.Set<String> logMatches(java.util.regex.Pattern pattern) throws IOException {
        java.util.Set<String> found = new java.util.TreeSet<>();
        for (Path log : logFiles()) {
            pattern.matcher(Files.readString(log, StandardCharsets.ISO_8859_1))
                    .results()
                    .forEach(match -> found.add(match.group()));
        }
        return found;
    }

    /** The log files in which the pattern finds something. */
    public static List<Path> logsMatching(java.util.regex.Pattern pattern) throws IOException {
        List<Path> logs = logFiles();
        if (logs.size() < 6) {
            throw new AssertionError("expected the logs of the six servers, found " + logs);
        }
        List<Path> containing = new ArrayList<>();
        for (Path log : logs) {
            if (pattern.matcher(Files.readString(log, StandardCharsets.ISO_8859_1))
                    .find()) {
                containing.add(log);
            }
        }
        return containing;
    }

    /**
     * Reads every topic from the start, in a consumer group of its own, until it stays quiet; the topics of the
     * events any of which the predicate matched. At least one event must have been read.
     */
    public static List<String> topicsWithEventsWhere(Predicate<String> matches) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "trace-check-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> topics = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(java.util.regex.Pattern.compile("[a-z_]+"));
            int emptyPolls = 0;
            int seen = 0;
            while (emptyPolls < 3) {
                var records = consumer.poll(Duration.ofSeconds(2));
                emptyPolls = records.isEmpty() ? emptyPolls + 1 : 0;
                for (ConsumerRecord<String, String> record : records) {
                    seen++;
                    // a record without a value (PoisonMessageIT sends one) holds nothing to match
                    if (record.value() != null && matches.test(record.value())) {
                        topics.add(record.topic());
                    }
                }
            }
            if (seen == 0) {
                throw new AssertionError("read no event at all: the check would prove nothing");
            }
        }
        return topics;
    }

    /** The tables, as "service.table", of the services' databases in which some row contains the text. */
    public static List<String> tablesContaining(String text) throws SQLException {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return tablesWhere("LIKE ?", "%" + escaped + "%");
    }

    /** The tables in which some row, as JSON text, matches the POSIX regular expression. */
    public static List<String> tablesMatching(String regex) throws SQLException {
        return tablesWhere("~ ?", regex);
    }

    private static List<String> tablesWhere(String condition, String operand) throws SQLException {
        List<String> containing = new ArrayList<>();
        for (Service service : Service.values()) {
            try (Connection db = service.database();
                    Statement statement = db.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet names =
                        statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
                    while (names.next()) {
                        tables.add(names.getString(1));
                    }
                }
                for (String table : tables) {
                    try (var query = db.prepareStatement(
                            "SELECT count(*) FROM \"" + table + "\" t WHERE row_to_json(t)::text " + condition)) {
                        query.setString(1, operand);
                        try (ResultSet count = query.executeQuery()) {
                            count.next();
                            if (count.getLong(1) > 0) {
                                containing.add(service.serverName() + "." + table);
                            }
                        }
                    }
                }
            }
        }
        return containing;
    }

    /** The lines of the service's console log ({@code .devstack/logs/<server>.log}) that contain the text. */
    public static List<String> serviceLogLinesContaining(Service service, String text) throws IOException {
        return instanceLogLinesContaining(service.serverName(), text);
    }

    /** The same for one instance of a scaled-out service: "order" is the first, "order-2" the second. */
    public static List<String> instanceLogLinesContaining(String instance, String text) throws IOException {
        Path log = repositoryRoot().resolve(".devstack/logs").resolve(instance + ".log");
        if (!Files.isRegularFile(log)) {
            throw new AssertionError("no console log of " + instance + " at " + log);
        }
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.contains(text)).toList();
        }
    }

    private static Path repositoryRoot() {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        return root;
    }

    /** Every file the servers and the devstack log to, found from the repository root. */
    private static List<Path> logFiles() throws IOException {
        Path root = repositoryRoot();
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
