package org.onlinemart.bench;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the seeded orders into mart_order, mart_inventory, mart_payment and mart_notification with set-based SQL,
 * one transaction per chunk and database, one database after the other; then ANALYZEs the tables it filled. The
 * user and product services keep nothing per order, so their databases get nothing.
 */
final class Seeder {

    static final List<SeedTarget> TARGETS =
            List.of(OrderSeed.TARGET, InventorySeed.TARGET, PaymentSeed.TARGET, NotificationSeed.TARGET);

    /** A product an order line may name: priced in mart_product and known to mart_inventory. */
    record Product(long id, String name, BigDecimal price) {}

    private final SeedSettings settings;
    private final PrintStream out;

    Seeder(SeedSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    void run() throws SQLException {
        List<Product> products = products();
        Map<SeedTarget, Long> seeded = new LinkedHashMap<>();
        for (SeedTarget target : TARGETS) {
            try (Connection connection = open(target.service())) {
                seeded.put(target, single(connection, target.seeded()));
            }
        }
        long least = seeded.values().stream().mapToLong(Long::longValue).min().orElse(0);
        if (settings.orders() <= least) {
            out.printf(
                    Locale.ROOT,
                    "seed: every database holds %,d seeded orders already (asked for %,d); nothing to do%n",
                    least,
                    settings.orders());
            return;
        }
        SeedPlan plan = SeedPlan.of(least, settings.orders(), settings.batch(), Instant.now(), settings.spread());
        out.printf(
                Locale.ROOT,
                "seed: orders %,d to %,d (order ids %d + n), %d products, placed over the %d days before %s, %,d per"
                        + " transaction%n",
                plan.from(),
                plan.to(),
                SeedPlan.ORDER_ID_BASE,
                products.size(),
                settings.spread().toDays(),
                plan.latest(),
                plan.batch());
        for (SeedTarget target : TARGETS) {
            seed(target, plan, seeded.get(target), products);
        }
    }

    private void seed(SeedTarget target, SeedPlan plan, long seeded, List<Product> products) throws SQLException {
        List<SeedPlan.Chunk> chunks = plan.chunksAfter(seeded);
        long started = System.nanoTime();
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = open(target.service())) {
            // the chunks' temporary tables grow to some 100 MB; the commits need not wait for the disk
            execute(connection, List.of("SET temp_buffers = '256MB'", "SET synchronous_commit = off"));
            execute(connection, target.prepare());
            connection.commit();
            for (SeedPlan.Chunk chunk : chunks) {
                writeChunk(connection, target, new SeedChunk(plan, chunk, products.size()), products, rows);
                out.printf(
                        Locale.ROOT,
                        "seed: mart_%s up to order %,d (%.1f s)%n",
                        target.service(),
                        chunk.to(),
                        seconds(started));
            }
            connection.setAutoCommit(true);
            execute(
                    connection,
                    target.tables().stream().map(table -> "ANALYZE " + table).toList());
        }
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        out.printf(
                Locale.ROOT,
                "seed: mart_%s: %,d rows in %.1f s, ANALYZE included%s%n",
                target.service(),
                total,
                seconds(started),
                chunks.isEmpty() ? " (held them all already)" : "");
        rows.forEach((table, count) -> out.printf(Locale.ROOT, "  %-18s %,12d%n", table, count));
    }

    private static void writeChunk(
            Connection connection, SeedTarget target, SeedChunk chunk, List<Product> products, Map<String, Long> rows)
            throws SQLException {
        execute(connection, SeedChunk.CREATE);
        execute(connection, target.temps());
        try (PreparedStatement lines = connection.prepareStatement(chunk.lines())) {
            lines.setArray(1, array(connection, "bigint", products.stream().map(Product::id)));
            lines.setArray(2, array(connection, "text", products.stream().map(Product::name)));
            lines.setArray(3, array(connection, "numeric", products.stream().map(Product::price)));
            lines.executeUpdate();
        }
        execute(connection, List.of(chunk.orders(), chunk.events()));
        try (Statement statement = connection.createStatement()) {
            for (SeedTarget.Insert insert : target.inserts()) {
                long count = statement.executeLargeUpdate(insert.sql().apply(chunk));
                rows.merge(insert.table(), count, Long::sum);
            }
        }
        connection.commit();
    }

    /** Priced products that inventory knows; order lines name only those. */
    private List<Product> products() throws SQLException {
        Set<Long> stocked = new HashSet<>();
        try (Connection inventory = open("inventory");
                Statement statement = inventory.createStatement();
                ResultSet row = statement.executeQuery("SELECT product_id FROM inventory_item")) {
            while (row.next()) {
                stocked.add(row.getLong(1));
            }
        }
        List<Product> products = new ArrayList<>();
        try (Connection product = open("product");
                Statement statement = product.createStatement();
                ResultSet row = statement.executeQuery("""
                        SELECT p.id, p.name, (SELECT pp.price FROM product_price pp
                                              WHERE pp.product_id = p.id AND pp.effective_date <= now()
                                              ORDER BY pp.effective_date DESC, pp.created_at DESC, pp.id DESC LIMIT 1)
                        FROM product p ORDER BY p.id""")) {
            while (row.next()) {
                if (row.getBigDecimal(3) != null && stocked.contains(row.getLong(1))) {
                    products.add(new Product(row.getLong(1), row.getString(2), row.getBigDecimal(3)));
                }
            }
        }
        if (products.isEmpty()) {
            throw new IllegalStateException("no product in mart_product has a price and an inventory item: the seeded"
                    + " orders need real products. Start the stack and make some first (java -jar"
                    + " bench/target/bench.jar orders, whose setup creates 20, or java -jar"
                    + " devstack/target/devstack.jar demo)");
        }
        return products;
    }

    private Connection open(String service) throws SQLException {
        try {
            Connection connection =
                    DriverManager.getConnection(settings.urlOf(service), settings.dbUser(), settings.dbPassword());
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw new SQLException(
                    "cannot open " + settings.urlOf(service) + " as " + settings.dbUser() + ": " + e.getMessage(),
                    e.getSQLState(),
                    e);
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            long value = row.getLong(1);
            connection.commit();
            return value;
        }
    }

    private static void execute(Connection connection, List<String> sqls) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : sqls) {
                statement.execute(sql);
            }
        }
    }

    private static Array array(Connection connection, String type, java.util.stream.Stream<?> values)
            throws SQLException {
        return connection.createArrayOf(type, values.toArray());
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
