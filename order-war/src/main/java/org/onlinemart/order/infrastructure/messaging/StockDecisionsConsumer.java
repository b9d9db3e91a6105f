package org.onlinemart.order.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onlinemart.commons.events.StockDeductionDecided;
import org.onlinemart.commons.inbox.IdempotentConsumer;
import org.onlinemart.order.application.OrderLifecycle;

/** Inventory's answers to the orders' reservations: each order moves once, however often one is delivered. */
@ApplicationScoped
public class StockDecisionsConsumer {

    private IdempotentConsumer consumer;
    private OrderLifecycle lifecycle;

    protected StockDecisionsConsumer() {}

    @Inject
    public StockDecisionsConsumer(IdempotentConsumer consumer, OrderLifecycle lifecycle) {
        this.consumer = consumer;
        this.lifecycle = lifecycle;
    }

    @Incoming("inventory_deduction_result")
    public void onStockDeductionDecided(String payload) {
        consumer.consume(
                "order.stock-deduction-decided", payload, StockDeductionDecided.class, lifecycle::onStockDecision);
    }
}
