package org.onlinemart.inventory.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onlinemart.commons.events.ProductCreated;
import org.onlinemart.commons.inbox.IdempotentConsumer;
import org.onlinemart.inventory.application.InventoryService;

/** Events from the product service: decoded, de-duplicated, applied once. */
@ApplicationScoped
public class ProductEventsConsumer {

    private IdempotentConsumer consumer;
    private InventoryService inventory;

    protected ProductEventsConsumer() {}

    @Inject
    public ProductEventsConsumer(IdempotentConsumer consumer, InventoryService inventory) {
        this.consumer = consumer;
        this.inventory = inventory;
    }

    @Incoming("inventory_creation")
    public void onProductCreated(String payload) {
        consumer.consume("inventory.product-created", payload, ProductCreated.class, inventory::openItem);
    }
}
