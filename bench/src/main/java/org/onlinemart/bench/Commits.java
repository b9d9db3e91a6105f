package org.onlinemart.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * Transactions committed in each service's database so far, from PostgreSQL's own statistics. A backend reports its
 * counts at most once a second while busy and within 10 s once idle, so a difference is exact only between two
 * readings taken after the stack has been quiet for {@link #SETTLE_MILLIS}.
 */
final class Commits {

    /** PostgreSQL's idle flush interval (PGSTAT_IDLE_INTERVAL) and a second to spare. */
    static final long SETTLE_MILLIS = 11_000;

    private Commits() {}

    /** xact_commit by service ("order" for mart_order). */
    static Map<String, Long> read(Connection anyDatabase) throws SQLException {
        Map<String, Long> commits = new TreeMap<>();
        try (Statement statement = anyDatabase.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT datname, xact_commit FROM pg_stat_database WHERE datname LIKE 'mart\\_%'")) {
            while (rows.next()) {
                commits.put(rows.getString(1).substring("mart_".length()), rows.getLong(2));
            }
        }
        return commits;
    }

    /**
     * How often PostgreSQL has flushed its write-ahead log to disk so far (pg_stat_wal.wal_sync, the whole server):
     * the durable part of the commits, which a read-only commit or one with synchronous_commit off does not cost.
     */
    static long walFlushes(Connection anyDatabase) throws SQLException {
        try (Statement statement = anyDatabase.createStatement();
                ResultSet rows = statement.executeQuery("SELECT wal_sync FROM pg_stat_wal")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** Commits per order by service between two readings; services missing from either are left out. */
    static Map<String, Double> perOrder(Map<String, Long> before, Map<String, Long> after, long orders) {
        Map<String, Double> perOrder = new TreeMap<>();
        if (orders > 0) {
            after.forEach((service, count) -> {
                Long earlier = before.get(service);
                if (earlier != null) {
                    perOrder.put(service, (count - earlier) / (double) orders);
                }
            });
        }
        return perOrder;
    }
}
