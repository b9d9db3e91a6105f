package org.onlinemart.inventory.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onlinemart.commons.events.ProductDetailsRequested;
import org.onlinemart.commons.inbox.IdempotentConsumer;
import org.onlinemart.inventory.application.InventoryService;

/** Requests from the order service: decoded, de-duplicated, answered once through the outbox. */
@ApplicationScoped
public class OrderEventsConsumer {

    private IdempotentConsumer consumer;
    private InventoryService inventory;

    protected OrderEventsConsumer() {
    }

    @Inject
    public OrderEventsConsumer(IdempotentConsumer consumer, InventoryService inventory) {
        this.consumer = consumer;
        this.inventory = inventory;
    }

    @Incoming("get_product_details")
    public void onProductDetailsRequested(String payload) {
        consumer.consume("inventory.product-details-requested", payload, ProductDetailsRequested.class,
                inventory::answer);
    }
}
