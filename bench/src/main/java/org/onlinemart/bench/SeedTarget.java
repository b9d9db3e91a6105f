package org.onlinemart.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * What {@code seed} writes into one service's database: the statements run once before the chunks (prepare), the
 * temporary tables of its own (temps), and per chunk the inserts, each into one of the shop's tables, reading the
 * chunk's temporary tables. seeded answers the highest seeded order number the database holds (0 for none).
 */
record SeedTarget(String service, String seeded, List<String> prepare, List<String> temps, List<Insert> inserts) {

    /** One INSERT ... SELECT into table (for payment: through a CTE, whose ids a temporary table keeps). */
    record Insert(String table, Function<SeedChunk, String> sql) {

        static Insert into(String table, String sql) {
            return new Insert(table, chunk -> sql);
        }
    }

    /**
     * The highest seeded order number in a table's column of order ids. Only the seeded range counts: the system
     * tests leave rows for random order ids (a reservation for an order inventory never heard of), which would
     * otherwise read as a seed that went far beyond any asked for.
     */
    static String highest(String table, String column) {
        return "SELECT coalesce(max(" + column + ") - " + SeedPlan.ORDER_ID_BASE + ", 0) FROM " + table + " WHERE "
                + column + " > " + SeedPlan.ORDER_ID_BASE + " AND " + column + " < " + 2 * SeedPlan.ORDER_ID_BASE;
    }

    /** The shop's tables it fills, for ANALYZE. */
    List<String> tables() {
        LinkedHashSet<String> tables = new LinkedHashSet<>();
        inserts.forEach(insert -> tables.add(insert.table()));
        return List.copyOf(tables);
    }
}
