package org.onlinemart.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onlinemart.commons.events.StockDeductionRequested;
import org.onlinemart.commons.outbox.Outbox;
import org.onlinemart.order.domain.Order;
import org.onlinemart.order.domain.OrderRepository;

/**
 * Orders that inventory's answer never reached (it, or the request, was lost or dead-lettered) would stay PENDING
 * forever, holding whatever inventory reserved. Inventory decides once per order and answers each repeated request
 * with that decision, so asking again is safe: an order PENDING past {@code order.reconcile.after-seconds} is asked
 * about again, at most once per {@code order.reconcile.period-seconds}, until the answer moves it on.
 */
@ApplicationScoped
public class PendingOrders {

    private static final Logger LOG = Logger.getLogger(PendingOrders.class.getName());

    private OrderRepository orders;
    private Outbox outbox;
    private Duration after;
    private Duration period;

    protected PendingOrders() {}

    @Inject
    public PendingOrders(
            OrderRepository orders,
            Outbox outbox,
            @ConfigProperty(name = "order.reconcile.after-seconds", defaultValue = "60") long afterSeconds,
            @ConfigProperty(name = "order.reconcile.period-seconds", defaultValue = "15") long periodSeconds) {
        this.orders = orders;
        this.outbox = outbox;
        this.after = Duration.ofSeconds(afterSeconds);
        this.period = Duration.ofSeconds(periodSeconds);
    }

    /**
     * Asks inventory again about up to {@code limit} orders PENDING for longer than the configured wait and not
     * asked about within the last period: the same request, lines and correlation id as when each was placed. Rows
     * another run has locked are skipped, so two runs at once never ask about one order twice.
     *
     * @return how many orders were asked about
     */
    @Transactional
    public int askInventoryAgain(Instant now, int limit) {
        List<Order> unanswered = orders.lockPendingUnanswered(now.minus(after), now.minus(period), limit);
        for (Order order : unanswered) {
            outbox.enqueue(StockDeductionRequested.of(
                    order.id(),
                    order.lines().stream()
                            .map(line -> new StockDeductionRequested.Line(line.productId(), line.quantity()))
                            .toList(),
                    order.correlationId()));
            order.askedInventoryAgain(now);
            LOG.info(() -> order.trail() + ": still PENDING "
                    + Duration.between(order.createdAt(), now).toSeconds()
                    + " s after it was placed, asked inventory again (attempt " + order.reconcileAttempts() + ")");
        }
        return unanswered.size();
    }
}
