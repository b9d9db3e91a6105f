package org.onlinemart.order.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.onlinemart.commons.events.StockDeductionDecided;
import org.onlinemart.commons.inbox.EventBatches;
import org.onlinemart.order.application.OrderLifecycle;
import org.reactivestreams.Subscriber;

/** Inventory's answers to the orders' reservations: each order moves once, however often one is delivered. */
@ApplicationScoped
public class StockDecisionsConsumer {

    private EventBatches batches;
    private OrderLifecycle lifecycle;

    protected StockDecisionsConsumer() {}

    @Inject
    public StockDecisionsConsumer(EventBatches batches, OrderLifecycle lifecycle) {
        this.batches = batches;
        this.lifecycle = lifecycle;
    }

    @Incoming("inventory_deduction_result")
    public Subscriber<Message<String>> onStockDeductionDecided() {
        return batches.of("order.stock-deduction-decided", StockDeductionDecided.class, lifecycle::onStockDecision);
    }
}
