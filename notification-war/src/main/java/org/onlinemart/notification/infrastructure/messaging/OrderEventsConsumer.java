package org.onlinemart.notification.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onlinemart.commons.events.OrderNotificationRaised;
import org.onlinemart.commons.inbox.IdempotentConsumer;
import org.onlinemart.notification.application.NotificationService;

/** What the order service tells customers: one notification per event, however often it is delivered. */
@ApplicationScoped
public class OrderEventsConsumer {

    private IdempotentConsumer consumer;
    private NotificationService notifications;

    protected OrderEventsConsumer() {}

    @Inject
    public OrderEventsConsumer(IdempotentConsumer consumer, NotificationService notifications) {
        this.consumer = consumer;
        this.notifications = notifications;
    }

    @Incoming("order_notification")
    public void onOrderNotificationRaised(String payload) {
        consumer.consume(
                "notification.order-notification-raised",
                payload,
                OrderNotificationRaised.class,
                notifications::record);
    }
}
