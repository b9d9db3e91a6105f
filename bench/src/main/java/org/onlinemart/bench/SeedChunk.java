package org.onlinemart.bench;

import java.util.List;
import java.util.Locale;

/**
 * The temporary tables every database's inserts read for one chunk of seeded orders, computed alike in each
 * database from the order numbers alone (and the catalog, bound as three arrays), so that the rows of one order
 * agree across the four databases without passing ids between them: seed_line (the order's lines), seed_order (its
 * customer, status, total and times) and seed_event (every event of its saga with a deterministic event id, so that
 * the outbox row in one database and the processed_event or notification row in another name the same event).
 */
record SeedChunk(SeedPlan plan, SeedPlan.Chunk chunk, int products) {

    /** Each order has 1 to 3 lines (n % 3 + 1), of distinct products, 1 to 3 of each. */
    static final int MAX_LINES = 3;

    /** The statements before the arrays are bound: the tables live until the chunk's commit. */
    static final List<String> CREATE = List.of(
            "CREATE TEMP TABLE seed_line (n bigint, product_id bigint, product_name text, unit_price numeric(12,2),"
                    + " quantity integer) ON COMMIT DROP",
            "CREATE TEMP TABLE seed_order (n bigint PRIMARY KEY, order_id bigint, user_id bigint, user_email text,"
                    + " user_name text, status text, total numeric(12,2), placed timestamptz, correlation_id uuid,"
                    + " items json, deduction json, shortages json, mail_lines text, html_rows text) ON COMMIT DROP",
            "CREATE TEMP TABLE seed_event (n bigint, event_id uuid, producer text, topic text, message_key text,"
                    + " status text, at timestamptz, product_id bigint, message text) ON COMMIT DROP");

    /** Binds the catalog: ids bigint[], names text[], prices numeric[]. */
    String lines() {
        return String.format(Locale.ROOT, """
                INSERT INTO seed_line
                SELECT g.n, p.id, p.name, p.price, (1 + (g.n + k) %% 3)::integer
                FROM generate_series(%d::bigint, %d::bigint) AS g(n)
                CROSS JOIN LATERAL generate_series(0, least(%d, 1 + g.n %% %d) - 1) AS k
                JOIN unnest(?::bigint[], ?::text[], ?::numeric[]) WITH ORDINALITY AS p(id, name, price, i)
                  ON p.i = 1 + (g.n * 7 + k) %% %d""", chunk.from(), chunk.to(), products, MAX_LINES, products);
    }

    String orders() {
        return String.format(
                Locale.ROOT,
                """
                INSERT INTO seed_order
                SELECT l.n, %d + l.n, %d + l.n %% %d,
                       format('seed-customer-%%s@example.org', l.n %% %d), format('Seed Customer %%s', l.n %% %d),
                       %s, sum(l.unit_price * l.quantity),
                       '%s'::timestamptz - make_interval(secs => (%d - l.n) * %s::float8),
                       md5('seed-correlation-' || l.n)::uuid,
                       json_agg(json_build_object('product_id', l.product_id, 'product_name', l.product_name,
                           'quantity', l.quantity, 'unit_price', l.unit_price) ORDER BY l.product_id),
                       json_agg(json_build_object('product_id', l.product_id, 'quantity', l.quantity)
                           ORDER BY l.product_id),
                       json_agg(json_build_object('available', 0, 'product_id', l.product_id,
                           'requested', l.quantity) ORDER BY l.product_id),
                       string_agg(format('  %%s x %%s at %%s = %%s', l.quantity, l.product_name, l.unit_price,
                           l.unit_price * l.quantity), E'\\n' ORDER BY l.product_id),
                       string_agg(format('  <tr><td>%%s</td><td align="right">%%s</td><td align="right">%%s</td>'
                           || '<td align="right">%%s</td></tr>', l.product_name, l.quantity, l.unit_price,
                           l.unit_price * l.quantity), E'\\n' ORDER BY l.product_id)
                FROM seed_line l GROUP BY l.n""",
                SeedPlan.ORDER_ID_BASE,
                SeedPlan.USER_ID_BASE,
                SeedPlan.CUSTOMERS,
                SeedPlan.CUSTOMERS,
                SeedPlan.CUSTOMERS,
                SeedStatus.sql("l.n"),
                plan.latest(),
                plan.to(),
                plan.step());
    }

    String events() {
        return """
                INSERT INTO seed_event
                SELECT o.n, md5(format('seed-%s-%s-%s-%s', o.n, s.topic, s.status, coalesce(l.product_id, 0)))::uuid,
                       s.producer, s.topic, CASE WHEN s.per_line THEN l.product_id::text ELSE o.order_id::text END,
                       s.status, o.placed + make_interval(secs => s.seconds), l.product_id,
                       CASE s.topic || ':' || s.status
                         WHEN 'order_notification:PENDING' THEN
                           format('We received your order %s and are reserving its products.', o.order_id)
                         WHEN 'order_notification:CONFIRMED' THEN format('Your order %s is confirmed. Please pay'
                           || ' within 30 minutes, or it will be cancelled.', o.order_id)
                         WHEN 'order_notification:REJECTED' THEN format('We could not reserve every product of your'
                           || ' order %s; it was not placed and nothing was charged.', o.order_id)
                         WHEN 'order_notification:PAID' THEN
                           format('We received your payment of %s for order %s. Thank you!', o.total, o.order_id)
                         WHEN 'order_notification:CANCELLED' THEN
                           format('Your order %s was cancelled as you asked.', o.order_id)
                         WHEN 'order_notification:REFUNDED' THEN
                           format('Your order %s was refunded: %s go back to your card.', o.order_id, o.total)
                         WHEN 'payment_notification:SUCCEEDED' THEN
                           format('We received your payment of %s for order %s.', o.total, o.order_id)
                         WHEN 'payment_notification:REFUNDED' THEN
                           format('We refunded %s for order %s to your card.', o.total, o.order_id)
                       END
                FROM seed_order o
                JOIN %s AS s(final_statuses, producer, topic, status, seconds, per_line)
                  ON o.status = ANY (s.final_statuses)
                LEFT JOIN seed_line l ON s.per_line AND l.n = o.n""".replace("%s AS s(", SagaEvent.values() + " AS s(");
    }

    /** An event's time as the services write occurred_at: ISO, UTC, microseconds. */
    static String occurred(String column) {
        return "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
    }

    /** The processed_event rows of the consumers a service runs, a moment after each event. */
    static String processed(String service) {
        return "INSERT INTO processed_event (event_id, consumer, processed_at)"
                + " SELECT e.event_id, c.consumer, e.at + interval '30 milliseconds' FROM seed_event e JOIN "
                + SagaEvent.consumersOf(service) + " AS c(topic, consumer) USING (topic)";
    }

    /**
     * The sent outbox rows a service published, oldest first so that ids ascend with time as they do live. The
     * payloads are compacted as the services write them: json_build_object puts blanks between members, and a blank
     * before a quote or brace can only be such a separator, as a quote inside a string is escaped.
     */
    static String outbox(String service, String payload, String join) {
        return "INSERT INTO outbox_message (event_id, topic, message_key, payload, created_at, attempts, sent_at)"
                + " SELECT e.event_id, e.topic, e.message_key, replace(replace(replace((" + payload
                + ")::text, '\" : ', '\":'), ', \"', ',\"'), '}, {', '},{'), e.at, 1,"
                + " e.at + interval '20 milliseconds' FROM seed_event e JOIN seed_order o USING (n) " + join
                + " WHERE e.producer = '" + service + "' ORDER BY e.at, e.event_id";
    }
}
