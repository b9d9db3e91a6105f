package org.onlinemart.order.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.onlinemart.commons.events.PaymentStatusChanged;
import org.onlinemart.commons.inbox.EventBatches;
import org.onlinemart.order.application.OrderLifecycle;
import org.reactivestreams.Subscriber;

/** The payment service's outcomes: orders become PAID or REFUNDED, each once, however often one is delivered. */
@ApplicationScoped
public class PaymentEventsConsumer {

    private EventBatches batches;
    private OrderLifecycle lifecycle;

    protected PaymentEventsConsumer() {}

    @Inject
    public PaymentEventsConsumer(EventBatches batches, OrderLifecycle lifecycle) {
        this.batches = batches;
        this.lifecycle = lifecycle;
    }

    @Incoming("payment_status")
    public Subscriber<Message<String>> onPaymentStatusChanged() {
        return batches.of("order.payment-status-changed", PaymentStatusChanged.class, lifecycle::onPaymentStatus);
    }
}
