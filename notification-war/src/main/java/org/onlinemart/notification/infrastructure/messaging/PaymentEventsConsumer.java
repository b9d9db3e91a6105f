package org.onlinemart.notification.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.onlinemart.commons.events.PaymentNotificationRaised;
import org.onlinemart.commons.inbox.EventBatches;
import org.onlinemart.notification.application.NotificationService;
import org.reactivestreams.Subscriber;

/** What the payment service tells customers: one notification per event, however often it is delivered. */
@ApplicationScoped
public class PaymentEventsConsumer {

    private EventBatches batches;
    private NotificationService notifications;

    protected PaymentEventsConsumer() {}

    @Inject
    public PaymentEventsConsumer(EventBatches batches, NotificationService notifications) {
        this.batches = batches;
        this.notifications = notifications;
    }

    @Incoming("payment_notification")
    public Subscriber<Message<String>> onPaymentNotificationRaised() {
        return batches.of(
                "notification.payment-notification-raised", PaymentNotificationRaised.class, notifications::record);
    }
}
