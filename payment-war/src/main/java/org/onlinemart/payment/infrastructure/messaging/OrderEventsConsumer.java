package org.onlinemart.payment.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onlinemart.commons.events.OrderStatusChanged;
import org.onlinemart.commons.inbox.IdempotentConsumer;
import org.onlinemart.payment.application.PaymentLedger;

/** The order service's status changes: which orders may be paid, and which were cancelled. */
@ApplicationScoped
public class OrderEventsConsumer {

    private IdempotentConsumer consumer;
    private PaymentLedger ledger;

    protected OrderEventsConsumer() {}

    @Inject
    public OrderEventsConsumer(IdempotentConsumer consumer, PaymentLedger ledger) {
        this.consumer = consumer;
        this.ledger = ledger;
    }

    @Incoming("order_status")
    public void onOrderStatusChanged(String payload) {
        consumer.consume("payment.order-status-changed", payload, OrderStatusChanged.class, ledger::follow);
    }
}
