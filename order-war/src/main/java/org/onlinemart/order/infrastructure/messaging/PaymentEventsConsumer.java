package org.onlinemart.order.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onlinemart.commons.events.PaymentStatusChanged;
import org.onlinemart.commons.inbox.IdempotentConsumer;
import org.onlinemart.order.application.OrderLifecycle;

/** The payment service's outcomes: orders become PAID or REFUNDED, each once, however often one is delivered. */
@ApplicationScoped
public class PaymentEventsConsumer {

    private IdempotentConsumer consumer;
    private OrderLifecycle lifecycle;

    protected PaymentEventsConsumer() {}

    @Inject
    public PaymentEventsConsumer(IdempotentConsumer consumer, OrderLifecycle lifecycle) {
        this.consumer = consumer;
        this.lifecycle = lifecycle;
    }

    @Incoming("payment_status")
    public void onPaymentStatusChanged(String payload) {
        consumer.consume(
                "order.payment-status-changed", payload, PaymentStatusChanged.class, lifecycle::onPaymentStatus);
    }
}
