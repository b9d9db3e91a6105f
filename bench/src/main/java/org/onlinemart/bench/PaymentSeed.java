package org.onlinemart.bench;

import java.util.List;

/**
 * mart_payment: every order as payment follows it (payable_order), a SUCCEEDED or REFUNDED payment and the sandbox
 * gateway's charge for each paid or refunded order, the sent outbox rows and the events taken in. The payments'
 * ids come from their sequence; seed_payment carries them to the charges and the events.
 */
final class PaymentSeed {

    private PaymentSeed() {}

    static final SeedTarget TARGET = new SeedTarget(
            "payment",
            SeedTarget.highest("payable_order", "order_id"),
            List.of(),
            List.of("CREATE TEMP TABLE seed_payment (id bigint, order_id bigint, amount numeric(12,2),"
                    + " created_at timestamptz) ON COMMIT DROP"),
            List.of(
                    SeedTarget.Insert.into("payable_order", """
                            INSERT INTO payable_order (order_id, user_id, status, amount, updated_at, correlation_id)
                            SELECT o.order_id, o.user_id, o.status, o.total, e.last + interval '40 milliseconds',
                                   o.correlation_id
                            FROM seed_order o
                            JOIN (SELECT n, max(at) AS last FROM seed_event WHERE topic = 'order_status' GROUP BY n) e
                              USING (n)
                            ORDER BY o.n"""),
                    SeedTarget.Insert.into("payment", """
                            WITH p AS (
                              INSERT INTO payment (order_id, user_id, status, amount, card_last4, idempotency_key,
                                  created_at, updated_at, user_email, user_name, correlation_id)
                              SELECT o.order_id, o.user_id,
                                     CASE o.status WHEN 'PAID' THEN 'SUCCEEDED' ELSE 'REFUNDED' END, o.total, '4242',
                                     'seed-' || o.n, o.placed + interval '120 seconds', e.last, o.user_email,
                                     o.user_name, o.correlation_id
                              FROM seed_order o
                              JOIN (SELECT n, max(at) AS last FROM seed_event WHERE topic = 'payment_status'
                                    GROUP BY n) e USING (n)
                              ORDER BY o.n
                              RETURNING id, order_id, amount, created_at)
                            INSERT INTO seed_payment SELECT id, order_id, amount, created_at FROM p"""),
                    SeedTarget.Insert.into("sandbox_charge", """
                            INSERT INTO sandbox_charge (reference, approved, amount, card_last4, refunded, created_at)
                            SELECT 'onlinemart-payment-' || p.id, true, p.amount, '4242', o.status = 'REFUNDED',
                                   p.created_at + interval '80 milliseconds'
                            FROM seed_payment p JOIN seed_order o USING (order_id)"""),
                    SeedTarget.Insert.into(
                            "outbox_message",
                            SeedChunk.outbox("payment", payload(), "LEFT JOIN seed_payment p USING (order_id)")),
                    SeedTarget.Insert.into("processed_event", SeedChunk.processed("payment"))));

    private static String payload() {
        String occurred = SeedChunk.occurred("e.at");
        return """
                CASE e.topic
                  WHEN 'payment_status' THEN json_build_object('amount', o.total, 'correlation_id', o.correlation_id,
                    'event_id', e.event_id, 'occurred_at', OCCURRED, 'order_id', o.order_id, 'payment_id', p.id,
                    'status', e.status)
                  WHEN 'payment_notification' THEN json_build_object('amount', o.total, 'card_last4', '4242',
                    'correlation_id', o.correlation_id, 'event_id', e.event_id, 'occurred_at', OCCURRED,
                    'order_id', o.order_id, 'payment_id', p.id, 'status', e.status, 'user_email', o.user_email,
                    'user_id', o.user_id, 'user_name', o.user_name)
                END""".replace("OCCURRED", occurred);
    }
}
