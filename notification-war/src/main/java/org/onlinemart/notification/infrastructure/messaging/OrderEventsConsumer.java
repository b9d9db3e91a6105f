package org.onlinemart.notification.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.onlinemart.commons.events.OrderNotificationRaised;
import org.onlinemart.commons.inbox.EventBatches;
import org.onlinemart.notification.application.NotificationService;
import org.reactivestreams.Subscriber;

/** What the order service tells customers: one notification per event, however often it is delivered. */
@ApplicationScoped
public class OrderEventsConsumer {

    private EventBatches batches;
    private NotificationService notifications;

    protected OrderEventsConsumer() {}

    @Inject
    public OrderEventsConsumer(EventBatches batches, NotificationService notifications) {
        this.batches = batches;
        this.notifications = notifications;
    }

    @Incoming("order_notification")
    public Subscriber<Message<String>> onOrderNotificationRaised() {
        return batches.of(
                "notification.order-notification-raised", OrderNotificationRaised.class, notifications::record);
    }
}
