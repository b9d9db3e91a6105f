package org.onlinemart.bench;

import java.util.List;

/** mart_order: the orders and their lines, the sent outbox rows of their sagas and the events the service took in. */
final class OrderSeed {

    private OrderSeed() {}

    static final SeedTarget TARGET = new SeedTarget(
            "order",
            SeedTarget.highest("customer_order", "id"),
            List.of(),
            List.of(),
            List.of(
                    // version counts the status changes; updated_at is the last
                    SeedTarget.Insert.into("customer_order", """
                            INSERT INTO customer_order (id, user_id, user_email, user_name, status, total_price,
                                idempotency_key, created_at, updated_at, version, payment_in_progress, correlation_id)
                            SELECT o.order_id, o.user_id, o.user_email, o.user_name, o.status, o.total, 'seed-' || o.n,
                                   o.placed, e.last, e.changes, false, o.correlation_id
                            FROM seed_order o
                            JOIN (SELECT n, max(at) AS last, count(*) AS changes FROM seed_event
                                  WHERE topic = 'order_status' GROUP BY n) e USING (n)
                            ORDER BY o.n"""),
                    SeedTarget.Insert.into(
                            "order_line",
                            "INSERT INTO order_line (order_id, product_id, product_name, unit_price, quantity)"
                                    + " SELECT " + SeedPlan.ORDER_ID_BASE + " + n, product_id, product_name,"
                                    + " unit_price, quantity FROM seed_line ORDER BY n, product_id"),
                    SeedTarget.Insert.into("outbox_message", SeedChunk.outbox("order", payload(), "")),
                    SeedTarget.Insert.into("processed_event", SeedChunk.processed("order"))));

    private static String payload() {
        String occurred = SeedChunk.occurred("e.at");
        return """
                CASE e.topic
                  WHEN 'order_notification' THEN json_build_object('correlation_id', o.correlation_id,
                    'event_id', e.event_id, 'items', o.items, 'message', e.message, 'occurred_at', OCCURRED,
                    'order_id', o.order_id, 'status', e.status, 'total_price', o.total, 'user_email', o.user_email,
                    'user_id', o.user_id, 'user_name', o.user_name)
                  WHEN 'inventory_deduction' THEN json_build_object('correlation_id', o.correlation_id,
                    'event_id', e.event_id, 'items', o.deduction, 'occurred_at', OCCURRED, 'order_id', o.order_id)
                  WHEN 'order_status' THEN json_build_object('correlation_id', o.correlation_id,
                    'event_id', e.event_id, 'occurred_at', OCCURRED, 'order_id', o.order_id, 'status', e.status,
                    'total_price', o.total, 'user_id', o.user_id)
                  WHEN 'inventory_release' THEN json_build_object('correlation_id', o.correlation_id,
                    'event_id', e.event_id, 'occurred_at', OCCURRED, 'order_id', o.order_id)
                END""".replace("OCCURRED", occurred);
    }
}
