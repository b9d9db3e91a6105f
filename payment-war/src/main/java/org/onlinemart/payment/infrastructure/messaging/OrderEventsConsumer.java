package org.onlinemart.payment.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.onlinemart.commons.events.OrderStatusChanged;
import org.onlinemart.commons.inbox.EventBatches;
import org.onlinemart.payment.application.PaymentLedger;
import org.reactivestreams.Subscriber;

/** The order service's status changes: which orders may be paid, and which were cancelled. */
@ApplicationScoped
public class OrderEventsConsumer {

    private EventBatches batches;
    private PaymentLedger ledger;

    protected OrderEventsConsumer() {}

    @Inject
    public OrderEventsConsumer(EventBatches batches, PaymentLedger ledger) {
        this.batches = batches;
        this.ledger = ledger;
    }

    @Incoming("order_status")
    public Subscriber<Message<String>> onOrderStatusChanged() {
        return batches.of("payment.order-status-changed", OrderStatusChanged.class, ledger::follow);
    }
}
