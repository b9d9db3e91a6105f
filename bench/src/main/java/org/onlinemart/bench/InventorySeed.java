package org.onlinemart.bench;

import java.util.List;

/**
 * mart_inventory: each order's reservation and its lines (RESERVED for a paid order, RELEASED for a cancelled or
 * refunded one, REJECTED), the sent outbox rows and the events taken in. available is not touched: the seeded
 * orders are history. So that stocked in = available + RESERVED lines still holds (bench check), each chunk books
 * what its paid orders hold as a delivery of the past, per product, from a warehouse and supplier "Seeded history".
 */
final class InventorySeed {

    private InventorySeed() {}

    static final String HISTORY = "Seeded history";
    static final String HISTORY_EMAIL = "seeded-history@example.org";

    static final SeedTarget TARGET = new SeedTarget(
            "inventory",
            SeedTarget.highest("reservation", "order_id"),
            List.of(
                    "INSERT INTO warehouse (name, location) SELECT '" + HISTORY + "', 'bench seed'"
                            + " WHERE NOT EXISTS (SELECT 1 FROM warehouse WHERE name = '" + HISTORY + "')",
                    "INSERT INTO supplier (name, contact, email, address) SELECT '" + HISTORY + "', 'bench seed', '"
                            + HISTORY_EMAIL + "', 'bench seed' WHERE NOT EXISTS (SELECT 1 FROM supplier"
                            + " WHERE lower(email) = '" + HISTORY_EMAIL + "')"),
            List.of(),
            List.of(
                    SeedTarget.Insert.into("reservation", """
                            INSERT INTO reservation (order_id, status, created_at, updated_at)
                            SELECT o.order_id,
                                   CASE o.status WHEN 'PAID' THEN 'RESERVED' WHEN 'REJECTED' THEN 'REJECTED'
                                     ELSE 'RELEASED' END,
                                   o.placed + interval '20 milliseconds', e.last
                            FROM seed_order o
                            JOIN (SELECT n, max(at) AS last FROM seed_event WHERE producer = 'inventory' GROUP BY n) e
                              USING (n)
                            ORDER BY o.n"""),
                    SeedTarget.Insert.into(
                            "reservation_line",
                            "INSERT INTO reservation_line (order_id, product_id, quantity) SELECT "
                                    + SeedPlan.ORDER_ID_BASE + " + n, product_id, quantity FROM seed_line"
                                    + " ORDER BY n, product_id"),
                    SeedTarget.Insert.into("outbox_message", SeedChunk.outbox("inventory", payload(), "")),
                    SeedTarget.Insert.into("processed_event", SeedChunk.processed("inventory")),
                    new SeedTarget.Insert(
                            "stock_in",
                            chunk -> "INSERT INTO stock_in (product_id, warehouse_id, supplier_id, quantity, cost,"
                                    + " batch_number, received_at)"
                                    + " SELECT l.product_id, (SELECT min(id) FROM warehouse WHERE name = '" + HISTORY
                                    + "'), (SELECT min(id) FROM supplier WHERE lower(email) = '" + HISTORY_EMAIL
                                    + "'), sum(l.quantity), round(min(l.unit_price) * 0.6, 2), 'seed-"
                                    + chunk.chunk().from() + "-" + chunk.chunk().to()
                                    + "', min(o.placed) - interval '1 day'"
                                    + " FROM seed_line l JOIN seed_order o USING (n) WHERE o.status = 'PAID'"
                                    + " GROUP BY l.product_id")));

    private static String payload() {
        String occurred = SeedChunk.occurred("e.at");
        return """
                CASE e.topic
                  WHEN 'inventory_deduction_result' THEN json_build_object('correlation_id', o.correlation_id,
                    'event_id', e.event_id, 'occurred_at', OCCURRED, 'order_id', o.order_id,
                    'shortages', CASE e.status WHEN 'REJECTED' THEN o.shortages ELSE '[]'::json END,
                    'status', e.status)
                  WHEN 'inventory_data' THEN json_build_object('available', 100, 'event_id', e.event_id,
                    'occurred_at', OCCURRED, 'product_id', e.product_id)
                END""".replace("OCCURRED", occurred);
    }
}
