package org.onlinemart.notification.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onlinemart.commons.events.PaymentNotificationRaised;
import org.onlinemart.commons.inbox.IdempotentConsumer;
import org.onlinemart.notification.application.NotificationService;

/** What the payment service tells customers: one notification per event, however often it is delivered. */
@ApplicationScoped
public class PaymentEventsConsumer {

    private IdempotentConsumer consumer;
    private NotificationService notifications;

    protected PaymentEventsConsumer() {}

    @Inject
    public PaymentEventsConsumer(IdempotentConsumer consumer, NotificationService notifications) {
        this.consumer = consumer;
        this.notifications = notifications;
    }

    @Incoming("payment_notification")
    public void onPaymentNotificationRaised(String payload) {
        consumer.consume(
                "notification.payment-notification-raised",
                payload,
                PaymentNotificationRaised.class,
                notifications::record);
    }
}
