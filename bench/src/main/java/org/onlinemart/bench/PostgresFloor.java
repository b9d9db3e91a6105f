package org.onlinemart.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The floor of the order service's durable write: one transaction that inserts an order, its two lines and an
 * outbox row, then commits (autocommit off, READ COMMITTED, synchronous commit as the server has it), with plain
 * JDBC over one connection per client. The rows go into copies of the shop's tables in a schema of their own,
 * {@value #SCHEMA}, with the same columns, defaults, checks and indexes (so each insert maintains as many indexes as
 * the shop's does) but their own sequences; the schema is dropped at the end. Not temporary tables: those skip the
 * write-ahead log, which is the very cost of a durable commit.
 */
final class PostgresFloor {

    static final String SCHEMA = "bench_floor";

    /** The services' pool holds up to 20 connections (mart-base.xml); 8 busy ones is a loaded order service. */
    static final int CLIENTS = 8;

    static final Duration WARM_UP = Duration.ofSeconds(2);

    /** One client, then {@link #CLIENTS}. */
    record Result(Throughput oneClient, Throughput clients) {}

    /** The statements that make the scratch tables; the shop's tables are only read (by LIKE). */
    static final List<String> CREATE = List.of(
            "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE",
            "CREATE SCHEMA " + SCHEMA,
            // INCLUDING ALL copies the id's default too, nextval of the shop's sequence: each table gets its own
            "CREATE TABLE " + SCHEMA + ".customer_order (LIKE public.customer_order INCLUDING ALL)",
            "CREATE SEQUENCE " + SCHEMA + ".customer_order_id_seq OWNED BY " + SCHEMA + ".customer_order.id",
            "ALTER TABLE " + SCHEMA + ".customer_order ALTER COLUMN id SET DEFAULT nextval('" + SCHEMA
                    + ".customer_order_id_seq')",
            // LIKE copies no foreign key; the shop's lines have one, which each insert checks
            "CREATE TABLE " + SCHEMA + ".order_line (LIKE public.order_line INCLUDING ALL, FOREIGN KEY (order_id)"
                    + " REFERENCES " + SCHEMA + ".customer_order (id) ON DELETE CASCADE)",
            "CREATE TABLE " + SCHEMA + ".outbox_message (LIKE public.outbox_message INCLUDING ALL)",
            "CREATE SEQUENCE " + SCHEMA + ".outbox_message_id_seq OWNED BY " + SCHEMA + ".outbox_message.id",
            "ALTER TABLE " + SCHEMA + ".outbox_message ALTER COLUMN id SET DEFAULT nextval('" + SCHEMA
                    + ".outbox_message_id_seq')");

    static final String DROP = "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE";

    private static final String INSERT_ORDER = "INSERT INTO " + SCHEMA
            + ".customer_order (user_id, user_email, user_name, status, total_price, idempotency_key, correlation_id)"
            + " VALUES (?, ?, ?, 'PENDING', ?, ?, ?) RETURNING id";
    private static final String INSERT_LINE = "INSERT INTO " + SCHEMA
            + ".order_line (order_id, product_id, product_name, unit_price, quantity) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_OUTBOX =
            "INSERT INTO " + SCHEMA + ".outbox_message (event_id, topic, message_key, payload) VALUES (?, ?, ?, ?)";

    private static final BigDecimal TOTAL = new BigDecimal("59.97");
    private static final BigDecimal PRICE = new BigDecimal("19.99");

    private PostgresFloor() {}

    /** With 1 client, then 8, each for the duration after a warm-up of 2 s; the scratch schema is dropped after. */
    static Result measure(String url, String user, String password, Duration duration)
            throws SQLException, InterruptedException {
        try (Connection admin = DriverManager.getConnection(url, user, password)) {
            execute(admin, CREATE);
            try {
                return new Result(
                        ClosedLoop.run(1, WARM_UP, duration, thread -> new Client(url, user, password)),
                        ClosedLoop.run(CLIENTS, WARM_UP, duration, thread -> new Client(url, user, password)));
            } finally {
                execute(admin, List.of(DROP));
            }
        }
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** One client: its connection and its three statements, prepared once as the servers' statement cache does. */
    private static final class Client implements ClosedLoop.Worker {

        private final Connection connection;
        private final PreparedStatement order;
        private final PreparedStatement line;
        private final PreparedStatement outbox;

        Client(String url, String user, String password) throws SQLException {
            connection = DriverManager.getConnection(url, user, password);
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            order = connection.prepareStatement(INSERT_ORDER);
            line = connection.prepareStatement(INSERT_LINE);
            outbox = connection.prepareStatement(INSERT_OUTBOX);
        }

        @Override
        public boolean call() throws SQLException {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            long userId = random.nextLong(1, 1_000_000);
            // not UUID.randomUUID(): its SecureRandom is one lock for all clients, and the ids need no secrecy
            UUID correlation = new UUID(random.nextLong(), random.nextLong());
            try {
                order.setLong(1, userId);
                order.setString(2, "bench-" + userId + "@example.org");
                order.setString(3, "Bench Customer " + userId);
                order.setBigDecimal(4, TOTAL);
                order.setString(5, correlation.toString());
                order.setObject(6, correlation);
                long orderId;
                try (ResultSet id = order.executeQuery()) {
                    id.next();
                    orderId = id.getLong(1);
                }
                long first = random.nextLong(1, 10_000);
                insertLine(orderId, first, 1);
                insertLine(orderId, first + 1, 2);
                outbox.setObject(1, new UUID(random.nextLong(), random.nextLong()));
                outbox.setString(2, "get_product_details");
                outbox.setString(3, correlation.toString());
                outbox.setString(4, payload(correlation, orderId, first));
                outbox.executeUpdate();
                connection.commit();
                return true;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }

        /** About the size of the order service's get_product_details request. */
        private static String payload(UUID correlation, long orderId, long first) {
            return "{\"correlationId\":\"" + correlation + "\",\"orderId\":" + orderId + ",\"items\":[{\"productId\":"
                    + first + ",\"quantity\":1},{\"productId\":" + (first + 1) + ",\"quantity\":2}],"
                    + "\"replyTopic\":\"products_details_response\"}";
        }

        private void insertLine(long orderId, long productId, int quantity) throws SQLException {
            line.setLong(1, orderId);
            line.setLong(2, productId);
            line.setString(3, "Bench product " + productId);
            line.setBigDecimal(4, PRICE);
            line.setInt(5, quantity);
            line.executeUpdate();
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                // the server drops the session itself
            }
        }
    }
}
