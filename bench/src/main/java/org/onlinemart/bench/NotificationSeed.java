package org.onlinemart.bench;

import java.util.List;

/**
 * mart_notification: one SENT mail per order_notification and payment_notification event (4 for a paid order), with
 * the subjects of wording.properties and bodies shaped like the templates', and the events taken in. The service
 * publishes nothing, so no outbox rows.
 */
final class NotificationSeed {

    private NotificationSeed() {}

    static final SeedTarget TARGET = new SeedTarget(
            "notification",
            SeedTarget.highest("notification", "order_id"),
            List.of(),
            List.of(),
            List.of(
                    SeedTarget.Insert.into("notification", """
                            INSERT INTO notification (event_id, user_id, recipient, subject, body, html_body, status,
                                attempts, created_at, sent_at, next_attempt_at, order_id, correlation_id)
                            SELECT e.event_id, o.user_id, o.user_email,
                                   CASE e.topic || ':' || e.status
                                     WHEN 'order_notification:PENDING' THEN format('We received your order %s', o.order_id)
                                     WHEN 'order_notification:REJECTED' THEN
                                       format('Your order %s could not be placed', o.order_id)
                                     WHEN 'payment_notification:SUCCEEDED' THEN
                                       format('Receipt for order %s: payment received', o.order_id)
                                     WHEN 'payment_notification:REFUNDED' THEN format('Refund for order %s', o.order_id)
                                     ELSE format('Your order %s is %s', o.order_id, lower(e.status))
                                   END,
                                   CASE e.topic
                                     WHEN 'order_notification' THEN format(E'Hello %s,\\n\\n%s\\n\\nOrder %s: %s\\n%s\\n'
                                       || E'Total: %s\\n\\nOnline Mart\\n', o.user_name, e.message, o.order_id, e.status,
                                       o.mail_lines, o.total)
                                     ELSE format(E'Hello %s,\\n\\n%s\\n\\nPayment for order %s: %s\\nAmount: %s\\n'
                                       || E'Card: ending in 4242\\n\\nOnline Mart\\n', o.user_name, e.message, o.order_id,
                                       e.status, o.total)
                                   END,
                                   CASE e.topic
                                     WHEN 'order_notification' THEN format(E'<!DOCTYPE html>\\n<html lang="en">\\n'
                                       || E'<body style="font-family: sans-serif">\\n<p>Hello %s,</p>\\n<p>%s</p>\\n'
                                       || E'<h2>Order %s: %s</h2>\\n<table cellpadding="4">\\n  <tr><th align="left">'
                                       || 'Product</th><th align="right">Quantity</th><th align="right">Unit price</th>'
                                       || E'<th align="right">Total</th></tr>\\n%s\\n  <tr><td colspan="3"><strong>'
                                       || 'Total</strong></td><td align="right"><strong>%s</strong></td></tr>'
                                       || E'\\n</table>\\n<p>Online Mart</p>\\n</body>\\n</html>\\n', o.user_name,
                                       e.message, o.order_id, e.status, o.html_rows, o.total)
                                     ELSE format(E'<!DOCTYPE html>\\n<html lang="en">\\n'
                                       || E'<body style="font-family: sans-serif">\\n<p>Hello %s,</p>\\n<p>%s</p>\\n'
                                       || E'<h2>Payment for order %s: %s</h2>\\n<table cellpadding="4">\\n'
                                       || E'  <tr><td>Amount</td><td align="right">%s</td></tr>\\n'
                                       || E'  <tr><td>Card</td><td align="right">ending in 4242</td></tr>\\n'
                                       || E'</table>\\n<p>Online Mart</p>\\n</body>\\n</html>\\n', o.user_name,
                                       e.message, o.order_id, e.status, o.total)
                                   END,
                                   'SENT', 1, e.at + interval '50 milliseconds', e.at + interval '150 milliseconds',
                                   e.at + interval '50 milliseconds', o.order_id, o.correlation_id
                            FROM seed_event e JOIN seed_order o USING (n)
                            WHERE e.topic IN ('order_notification', 'payment_notification')
                            ORDER BY e.at, e.event_id"""),
                    SeedTarget.Insert.into("processed_event", SeedChunk.processed("notification"))));
}
